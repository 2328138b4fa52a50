using System.Security.Cryptography;
using System.Text;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Snapshots;

/// <summary>
/// The file a validated corpus is kept in between runs: a header (a magic string, the format version, the
/// fingerprint of the corpus files it was loaded from, a SHA-256 of the payload) and the payload. A reader takes it
/// only when all of the header holds and the payload's checksum matches.
/// </summary>
internal static class SnapshotFile
{
    /// <summary>Raised whenever the payload's layout or meaning changes, so that an older file is never misread.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "PROSOPOGRAPH-CORPUS\n"u8.ToArray();
    private const int HashLength = 32;

    /// <summary>Writes under a temporary name and renames over <paramref name="path"/>: a reader sees a whole file or none.</summary>
    public static void Write(string path, byte[] fingerprint, CorpusModel corpus)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.part";

        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                file.Write(Magic);
                file.Write(BitConverter.GetBytes(FormatVersion));
                file.Write(fingerprint);
                var checksumAt = file.Position;
                file.Write(new byte[HashLength]);
                var payloadAt = file.Position;
                using (var writer = new SnapshotWriter(file))
                {
                    writer.Write(corpus);
                }

                file.Position = payloadAt;
                var checksum = SHA256.HashData(file);
                file.Position = checksumAt;
                file.Write(checksum);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The corpus kept in <paramref name="path"/> for exactly these files, or null with the reason it cannot be used.</summary>
    public static CorpusModel? Read(string path, byte[] fingerprint, out (string Reason, bool Damaged)? refusal)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var header = new byte[Magic.Length + sizeof(int) + HashLength + HashLength];
        file.ReadExactly(header);
        var magic = header.AsSpan(0, Magic.Length);
        var version = BitConverter.ToInt32(header, Magic.Length);
        var kept = header.AsSpan(Magic.Length + sizeof(int), HashLength);
        var checksum = header.AsSpan(Magic.Length + sizeof(int) + HashLength, HashLength);
        refusal = (magic.SequenceEqual(Magic), version == FormatVersion, kept.SequenceEqual(fingerprint)) switch
        {
            (false, _, _) => ("it is not a corpus snapshot", true),
            (_, false, _) => ($"it has format version {version}, not {FormatVersion}", false),
            (_, _, false) => ("the corpus files have changed since it was written", false),
            _ => null,
        };
        if (refusal is not null)
        {
            return null;
        }

        var payloadAt = file.Position;
        if (!SHA256.HashData(file).AsSpan().SequenceEqual(checksum))
        {
            refusal = ("its checksum does not match its content (a damaged or truncated file)", true);
            return null;
        }

        file.Position = payloadAt;
        using var reader = new SnapshotReader(new BufferedStream(file, 1 << 20));
        return reader.Read();
    }

    /// <summary>One file per corpus folder, named by a hash of the folder's full path, so corpora never share one.</summary>
    public static string PathFor(string cacheDirectory, string corpusRoot) =>
        Path.Combine(cacheDirectory, $"corpus-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(corpusRoot)))[..16]}.snapshot");
}
