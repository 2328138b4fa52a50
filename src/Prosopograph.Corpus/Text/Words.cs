namespace Prosopograph.Corpus.Text;

/// <summary>What counts as a word for whole-word matching: a run of letters and digits, UTF-16 unit by unit.</summary>
internal static class Words
{
    /// <summary>The length of the run of letters and digits that starts at <paramref name="start"/>.</summary>
    public static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>Whether a word may end before, or begin after, the character at <paramref name="index"/>.</summary>
    public static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
