using System.Globalization;
using System.Text;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Citations;

/// <summary>One cited source in each format: CSL-JSON, a Chicago author-date reference, a BibTeX entry.</summary>
public static class CitationFormats
{
    public static CslItem ToCsl(CitedSource source)
    {
        var document = source.Document;
        var published = document.Published;
        return new CslItem(
            source.Id,
            published.Publication is null ? "document" : "article-magazine",
            document.Title,
            [new CslName(document.Author)],
            document.Date?.First is { } date ? new CslDate([DateParts(date)]) : null,
            published.Publication,
            published.Issue,
            published.Publisher,
            published.Url?.ToString(),
            published.Licence,
            document.Language,
            source.PassageNote);
    }

    /// <summary>Chicago author-date, reference-list form: Author. Year. "Title." Publication Issue, Month Day. Publisher. URL.</summary>
    public static string ToChicago(CitedSource source)
    {
        var document = source.Document;
        var published = document.Published;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{document.Author}. {document.Date?.First?.Year.ToString(CultureInfo.InvariantCulture) ?? "n.d."}. ")
            .Append(CultureInfo.InvariantCulture, $"\u201C{document.Title}.\u201D");
        if (published.Publication is { } publication)
        {
            text.Append(' ').Append(publication);
            if (published.Issue is { } issue)
            {
                text.Append(' ').Append(issue);
            }

            if (document.Date?.First is { Month: not null } dated)
            {
                text.Append(", ").Append(MonthDay(dated));
            }

            text.Append('.');
        }

        if (published.Publisher is { } publisher)
        {
            text.Append(' ').Append(publisher).Append('.');
        }

        if (published.Url is { } url)
        {
            text.Append(' ').Append(url).Append('.');
        }

        return text.Append(' ').Append(source.PassageNote).ToString();
    }

    public static string ToBibTex(CitedSource source)
    {
        var document = source.Document;
        var published = document.Published;
        var fields = new List<(string Name, string? Value)>
        {
            ("author", $"{{{document.Author}}}"),
            ("title", document.Title),
            ("journal", published.Publication),
            ("number", published.Issue),
            ("publisher", published.Publisher),
            ("year", document.Date?.First?.Year.ToString(CultureInfo.InvariantCulture)),
            ("month", document.Date?.First?.Month?.ToString(CultureInfo.InvariantCulture)),
            ("day", document.Date?.First?.Day?.ToString(CultureInfo.InvariantCulture)),
            ("url", published.Url?.ToString()),
            ("language", document.Language),
            ("note", source.PassageNote + (published.Licence is { } licence ? $" Licence: {licence}." : "")),
        };
        var entry = new StringBuilder()
            .Append(published.Publication is null ? "@misc{" : "@article{").Append(Key(source)).Append(",\n");
        foreach (var (name, value) in fields.Where(f => f.Value is not null))
        {
            // The author is already braced: a pen name is one name, not "Last, First".
            var braced = name == "author" ? value! : $"{{{Escape(value!, keepUrl: name == "url")}}}";
            entry.Append(CultureInfo.InvariantCulture, $"  {name} = {braced},\n");
        }

        return entry.Append("}\n").ToString();
    }

    private static List<int> DateParts(CalendarDate date) =>
        new int?[] { date.Year, date.Month, date.Day }.TakeWhile(p => p is not null).Select(p => p!.Value).ToList();

    private static string MonthDay(CalendarDate date) =>
        CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month!.Value)
        + (date.Day is { } day ? " " + day.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>author + year + first word of the title, as reference managers make them: sylvestre2008how.</summary>
    private static string Key(CitedSource source)
    {
        var document = source.Document;
        var word = document.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var key = new string($"{document.Author}{document.Date?.First?.Year}{word}".Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        return source.Passage is { } passage ? $"{key}:{passage.RelationId}:{passage.Start}" : key;
    }

    // TeX's special characters, so that a quote with "%" or "&" does not break the entry.
    private static string Escape(string text, bool keepUrl)
    {
        if (keepUrl)
        {
            return text.Replace("%", "\\%", StringComparison.Ordinal);
        }

        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
