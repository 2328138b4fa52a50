using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Contracts;

[Description("""
    A date in EDTF (Extended Date/Time Format, ISO 8601-2 level 1) with its provenance. A point: `1927`, `1927-11`,
    `1927-11-12`, qualified `1925~` (approximate), `1929?` (uncertain), `1930%` (both). An interval: `1925/1928`,
    open ends `1923/..` and `../1924` (it runs on as far as the source says), unknown ends `1923/` and `/1924`.
    `provenance` is `text` (the document gives it), `editorial` (the curator adds it from outside the text, and
    the note says from where), or `text/editorial`, `editorial/text` for an interval's start and end apart.
    """)]
public sealed record DateItem(
    [property: Description("The date in EDTF, e.g. `1927-11`, `1925~`, `1923/1925`, `1923/..`, `/1924`.")]
    [property: RegularExpression(TimePatterns.Edtf)]
    string Edtf,
    [property: Description("`text`, `editorial`, `text/editorial` or `editorial/text`.")]
    [property: RegularExpression(TimePatterns.Provenance)]
    string Provenance);

[Description("""
    When the relation is in force, as "as of" questions use it. `kind`: `dated` (from its own date), `bounded` (no
    date of its own; bounded by its participants' existence), `undated` (nothing places it in time). `from` and
    `to` are calendar dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; left out where open.
    """)]
public sealed record ValidityItem(
    ValidityKind Kind,
    [property: RegularExpression(TimePatterns.Calendar)] string? From,
    [property: RegularExpression(TimePatterns.Calendar)] string? To);

/// <summary>The shapes the OpenAPI document gives for dates: the grammar itself is checked by the corpus loader.</summary>
public static class TimePatterns
{
    public const string Calendar = @"^\d{4}(-\d{2}(-\d{2})?)?$";

    public const string Edtf =
        @"^(\d{4}(-\d{2}(-\d{2})?)?[~?%]?|(\d{4}(-\d{2}(-\d{2})?)?[~?%]?|\.\.)?/(\d{4}(-\d{2}(-\d{2})?)?[~?%]?|\.\.)?)$";

    public const string Provenance = "^(text|editorial|text/editorial|editorial/text)$";
}
