using System.Globalization;
using System.Text;
using AnyAscii;

namespace Prosopograph.Graph.Search;

/// <summary>
/// Folds a name for matching: case, diacritics and punctuation are ignored, so that <c>ramon mercader</c>,
/// <c>Ramón Mercader</c> and <c>MERCADER</c> meet, and so do <c>Academie Francaise</c> and <c>Académie française</c>.
/// Letters of other scripts are transliterated (<c>Троцкий</c> is read as <c>trotskiy</c>, which the fuzzy match
/// takes to Trotsky), the same way for names and queries.
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string text)
    {
        var decomposed = Transliterated(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '\u2019' or '\u2018'))
            {
                // Apostrophes join (d'état, Lenin's); every other non-letter separates words.
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    // Letters outside Latin become their ASCII reading; anything that is no valid character (a lone surrogate, a
    // noncharacter such as U+FFFE, on which string.Normalize throws) becomes a word break.
    private static string Transliterated(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune == Rune.ReplacementChar || (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF)
            {
                builder.Append(' ');
            }
            else if (!rune.IsAscii && Rune.IsLetter(rune) && !IsLatin(rune))
            {
                builder.Append(rune.ToString().Transliterate());
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    // Latin letters keep their diacritics here, so that the decomposition above strips them as before.
    private static bool IsLatin(Rune rune) => rune.Value is < 0x0250 or (>= 0x1E00 and <= 0x1EFF);
}
