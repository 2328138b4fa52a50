using System.Text.RegularExpressions;

namespace Prosopograph.Corpus.Suggesting;

/// <summary>A stretch of text by UTF-16 index, half-open: <c>text[Start..End]</c>.</summary>
public readonly record struct Span(int Start, int End)
{
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;
}

/// <summary>
/// Splits a text into sentences the plain way: after '.', '!' or '?' (and a closing quote or bracket) followed by
/// white space and a capital, a digit or an opening quote; and at blank lines. Abbreviations such as "St." cut a
/// sentence short; a curator reads the draft anyway.
/// </summary>
public static partial class Sentences
{
    public static IReadOnlyList<Span> Of(string text)
    {
        var spans = new List<Span>();
        var start = 0;
        foreach (Match end in Boundary().Matches(text))
        {
            Add(text, start, end.Index, spans);
            start = end.Index + end.Length;
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static void Add(string text, int start, int end, List<Span> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new Span(start, end));
        }
    }

    // The boundary keeps the terminator in the sentence: the match is the white space after it.
    [GeneratedRegex(@"(?<=[.!?][""'’”)\]]?)\s+(?=[\p{Lu}\d""'‘“(\[])|\n\s*\n")]
    private static partial Regex Boundary();
}
