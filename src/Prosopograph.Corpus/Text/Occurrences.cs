namespace Prosopograph.Corpus.Text;

public static class Occurrences
{
    /// <summary>Every UTF-16 index where <paramref name="needle"/> starts, overlapping ones included.</summary>
    public static IReadOnlyList<int> Of(string haystack, string needle)
    {
        var found = new List<int>();
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    /// <summary>Like <see cref="Of"/>, keeping only whole-word occurrences: "Lenin" in "Lenin's", not in "Leninism".</summary>
    public static IEnumerable<int> OfWord(string haystack, string word) =>
        Of(haystack, word).Where(at => Words.IsBoundary(haystack, at - 1) && Words.IsBoundary(haystack, at + word.Length));
}
