using System.Globalization;
using System.Text;

namespace Prosopograph.Graph.Search;

/// <summary>
/// Folds a name for matching: case, diacritics and punctuation are ignored, so that <c>ramon mercader</c>,
/// <c>Ramón Mercader</c> and <c>MERCADER</c> meet, and so do <c>Academie Francaise</c> and <c>Académie française</c>.
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
}
