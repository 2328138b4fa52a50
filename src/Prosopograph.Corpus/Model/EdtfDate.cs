using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Prosopograph.Corpus.Model;

/// <summary>
/// A date in the Extended Date/Time Format (ISO 8601-2), the level 1 subset the annotation uses: a point
/// (<c>1927</c>, <c>1927-11</c>, <c>1927-11-12</c>, qualified <c>1925~</c>, <c>1929?</c>, <c>1930%</c>) or an interval
/// (<c>1925/1928</c>, open ends <c>1923/..</c> and <c>../1924</c>, unknown ends <c>1923/</c> and <c>/1924</c>).
/// Qualifiers say how sure the source is; they never widen the days a date can denote.
/// </summary>
public sealed partial record EdtfDate : IComparable<EdtfDate>
{
    public const string Format =
        "1927, 1927-11 or 1927-11-12, optionally followed by ~ (approximate), ? (uncertain) or % (both); " +
        "or an interval such as 1925/1928, 1923/.. (open end), ../1924 (open start), 1923/ (unknown end), /1924 (unknown start)";

    private EdtfDate(EdtfBound start, EdtfBound end, bool isInterval) => (Start, End, IsInterval) = (start, end, isInterval);

    public EdtfBound Start { get; }

    public EdtfBound End { get; }

    public bool IsInterval { get; }

    /// <summary>The first calendar date it names: the point, or the interval's start when known.</summary>
    public CalendarDate? First => Start.Date;

    /// <summary>The last calendar date it names: the point, or the interval's end when known.</summary>
    public CalendarDate? Last => End.Date;

    public static EdtfDate Point(CalendarDate date, DateQualifier qualifier = DateQualifier.None) =>
        new(EdtfBound.Of(date, qualifier), EdtfBound.Of(date, qualifier), false);

    public static EdtfDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException($"'{text}': {error}");

    /// <summary>Parses EDTF; <paramref name="error"/> says what is wrong: the shape, an impossible day, or an end before the start.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EdtfDate? date, [NotNullWhen(false)] out string? error)
    {
        date = null;
        if (text is null || Shape().Match(text) is not { Success: true } match || (!match.Groups["slash"].Success && !match.Groups["sy"].Success))
        {
            error = $"not an EDTF date; use {Format}";
            return false;
        }

        if (!match.Groups["slash"].Success)
        {
            error = ReadBound(match, "s", out var point);
            date = error is null ? new EdtfDate(point, point, false) : null;
            return error is null;
        }

        var startError = ReadBound(match, "s", out var start);
        var endError = ReadBound(match, "e", out var end);
        error = startError ?? endError;
        if (error is null && start.Kind != BoundKind.Known && end.Kind != BoundKind.Known)
        {
            error = $"an interval needs at least one known end; use {Format}";
        }
        else if (error is null && start.Date is { } from && end.Date is { } to && from.Earliest > to.Latest)
        {
            error = $"ends ({to}) before it starts ({from})";
        }

        date = error is null ? new EdtfDate(start, end, true) : null;
        return error is null;
    }

    /// <summary>By the first day it can denote, the coarser first on a tie (<c>1927</c> before <c>1927-03</c>); an unknown or open start sorts first.</summary>
    public int CompareTo(EdtfDate? other) => other is null ? 1 : (First, other.First) switch
    {
        ({ } mine, { } theirs) => mine.CompareTo(theirs),
        (null, null) => 0,
        (null, _) => -1,
        _ => 1,
    };

    public override string ToString() => IsInterval ? $"{Start}/{End}" : Start.ToString();

    private static string? ReadBound(Match match, string side, out EdtfBound bound)
    {
        bound = EdtfBound.Unknown;
        if (match.Groups[side + "open"].Success)
        {
            bound = EdtfBound.Open;
            return null;
        }

        if (!match.Groups[side + "y"].Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[side + "y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups[side + "m"].Success ? int.Parse(match.Groups[side + "m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups[side + "d"].Success ? int.Parse(match.Groups[side + "d"].Value, CultureInfo.InvariantCulture) : null;
        var qualifier = match.Groups[side + "q"].Value switch
        {
            "~" => DateQualifier.Approximate,
            "?" => DateQualifier.Uncertain,
            "%" => DateQualifier.UncertainApproximate,
            _ => DateQualifier.None,
        };
        bound = EdtfBound.Of(new CalendarDate(year, month, day), qualifier);
        return CalendarDate.Impossibility(year, month, day);
    }

    [GeneratedRegex("""
        ^(?:(?<sopen>\.\.)|(?<sy>\d{4})(?:-(?<sm>\d{2})(?:-(?<sd>\d{2}))?)?(?<sq>[~?%])?)?
        (?:(?<slash>/)(?:(?<eopen>\.\.)|(?<ey>\d{4})(?:-(?<em>\d{2})(?:-(?<ed>\d{2}))?)?(?<eq>[~?%])?)?)?$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Shape();
}
