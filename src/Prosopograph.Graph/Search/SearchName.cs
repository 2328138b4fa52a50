namespace Prosopograph.Graph.Search;

/// <summary>
/// A name analysed once for matching: normalised, split into words, and each with a letter signature, so that a
/// query compares against it without allocating and skips the edit distance where it cannot be small enough.
/// </summary>
public sealed class SearchName
{
    private SearchName(string text)
    {
        Text = text;
        Words = text.Split(' ');
        Signature = LetterSignature.Of(text);
        WordSignatures = Words.Select(LetterSignature.Of).ToArray();
    }

    /// <summary>The normalised name (see <see cref="NameNormalizer"/>).</summary>
    public string Text { get; }

    public string[] Words { get; }

    internal uint Signature { get; }

    internal uint[] WordSignatures { get; }

    public static SearchName Of(string name) => new(NameNormalizer.Normalize(name));
}

/// <summary>A search text analysed once per query.</summary>
public sealed class SearchQuery
{
    public SearchQuery(string text)
    {
        Text = NameNormalizer.Normalize(text);
        Signature = LetterSignature.Of(Text);
    }

    public string Text { get; }

    internal uint Signature { get; }

    public bool IsEmpty => Text.Length == 0;
}

/// <summary>
/// Which letters a string holds, one bit per letter (folded into 32 bits). One edit changes at most two bits of
/// it, so two strings whose signatures differ in more than 2k bits are more than k edits apart.
/// </summary>
internal static class LetterSignature
{
    public static uint Of(string text)
    {
        var signature = 0u;
        foreach (var c in text)
        {
            signature |= 1u << (c % 32);
        }

        return signature;
    }

    public static bool MayBeWithin(uint a, uint b, int edits) => System.Numerics.BitOperations.PopCount(a ^ b) <= 2 * edits;
}
