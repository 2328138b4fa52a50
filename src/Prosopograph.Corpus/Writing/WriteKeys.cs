using System.Security.Cryptography;
using System.Text;

namespace Prosopograph.Corpus.Writing;

/// <summary>Write keys: random, shown once; the server is configured with their SHA-256 digest only.</summary>
public static class WriteKeys
{
    /// <summary>256 random bits, URL-safe Base64 without padding (43 characters), so it travels in a header as is.</summary>
    public static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Digest(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
