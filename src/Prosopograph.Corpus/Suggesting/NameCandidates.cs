using System.Text.RegularExpressions;

namespace Prosopograph.Corpus.Suggesting;

/// <summary>
/// Sequences of capitalised words ("Natalia Sedova", "Fourth International", "Ramon Mercader"), joined across the
/// small words of names ("Trotsky of the Left Opposition" stays two). A single capitalised word that opens its
/// sentence is dropped unless it recurs elsewhere: "After", "The", "When" are not names.
/// </summary>
public static partial class NameCandidates
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "His", "Her", "They", "Their",
        "We", "Our", "In", "On", "At", "Of", "For", "By", "With", "But", "And", "Or", "If", "As", "So", "To", "From",
        "After", "Before", "When", "While", "Then", "There", "Here", "What", "Who", "Which", "Why", "How", "Not", "No",
        "Yet", "All", "Some", "Many", "One", "Even", "Only", "Also", "Thus", "However", "Moreover", "Today", "Later",
    };

    public static IReadOnlyList<(string Name, Span At)> In(string text, IReadOnlyList<Span> sentences)
    {
        var found = Sequence().Matches(text)
            .Select(m => Trim(m.Value, m.Index))
            .Where(c => c.Name.Length > 1 && !NotNames.Contains(c.Name))
            .ToList();
        var recurring = found.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var sentenceStarts = sentences.Select(s => s.Start).ToHashSet();
        return found
            .Where(c => c.Name.Contains(' ') || recurring.Contains(c.Name) || !sentenceStarts.Contains(c.At.Start))
            .ToList();
    }

    // A possessive is not part of a name, nor is a leading "The": "Trotsky's" is "Trotsky", "The Fourth International" is "Fourth International".
    private static (string Name, Span At) Trim(string name, int at)
    {
        foreach (var possessive in new[] { "'s", "’s", "'", "’" })
        {
            if (name.EndsWith(possessive, StringComparison.Ordinal))
            {
                name = name[..^possessive.Length];
                break;
            }
        }

        foreach (var article in new[] { "The ", "A ", "An " })
        {
            if (name.StartsWith(article, StringComparison.Ordinal) && name.Length > article.Length)
            {
                return (name[article.Length..], new Span(at + article.Length, at + name.Length));
            }
        }

        return (name, new Span(at, at + name.Length));
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’\-]*(?:\s+(?:(?:de|del|da|di|von|van|der|la|le|y)\s+)?\p{Lu}[\p{L}'’\-]*)*")]
    private static partial Regex Sequence();
}
