using System.Globalization;
using System.Text;

namespace Prosopograph.CorpusGenerator;

/// <summary>The other shapes a name takes in sources: another transliteration, the original script, a typo, no accents.</summary>
internal static class NameForms
{
    // Longest first, so "shch" is not read as "sh" + "ch".
    private static readonly (string Latin, string Cyrillic)[] ToCyrillic =
    [
        ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"),
        ("ye", "е"), ("yo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
        ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
        ("t", "т"), ("u", "у"), ("f", "ф"), ("y", "ы"), ("-", "-"),
    ];

    // A German-style romanisation of Russian names, as émigré and foreign papers printed them.
    private static readonly (string From, string To)[] GermanStyle =
        [("shch", "schtsch"), ("kh", "ch"), ("zh", "sh"), ("ch", "tsch"), ("sh", "sch"), ("ya", "ja"), ("yu", "ju"), ("ye", "je"), ("v", "w"), ("y", "j")];

    // A French-style romanisation.
    private static readonly (string From, string To)[] FrenchStyle =
        [("shch", "chtch"), ("kh", "kh"), ("ch", "tch"), ("sh", "ch"), ("u", "ou"), ("ov", "off"), ("ev", "eff"), ("y", "i")];

    public static string Cyrillic(string latin)
    {
        var builder = new StringBuilder();
        foreach (var word in latin.Split(' '))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var lower = word.ToLowerInvariant();
            var converted = new StringBuilder();
            for (var at = 0; at < lower.Length;)
            {
                var (from, to) = ToCyrillic.FirstOrDefault(p => string.CompareOrdinal(lower, at, p.Latin, 0, p.Latin.Length) == 0);
                if (from is null)
                {
                    converted.Append(lower[at]);
                    at++;
                    continue;
                }

                // A y after a vowel, or a final i after one, is the short i: Nikolai -> Николай, not Николаи.
                var afterVowel = at > 0 && "aeiouy".Contains(lower[at - 1]);
                var shortI = afterVowel && (from == "y" || (from == "i" && at == lower.Length - 1));
                converted.Append(shortI ? "й" : to);
                at += from.Length;
            }

            builder.Append(char.ToUpperInvariant(converted[0])).Append(converted, 1, converted.Length - 1);
        }

        return builder.ToString();
    }

    public static string Romanised(string name, bool french)
    {
        var result = name.ToLowerInvariant();
        foreach (var (from, to) in french ? FrenchStyle : GermanStyle)
        {
            result = result.Replace(from, to, StringComparison.Ordinal);
        }

        return string.Join(' ', result.Split(' ').Select(Capitalise));
    }

    /// <summary>Two neighbouring letters swapped: the slip of a typesetter or an annotator ("Siqueriros").</summary>
    public static string? Typo(string word, Rng rng)
    {
        if (word.Length < 5)
        {
            return null;
        }

        var at = rng.Next(1, word.Length - 2);
        return word[at] == word[at + 1] ? null : string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2));
    }

    public static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>An id from a name: lower-case ASCII letters and digits joined by '-', as entity ids in the seed are.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in WithoutAccents(name).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length > 0 ? slug : "x";
    }

    public static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
