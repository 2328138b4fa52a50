using System.Globalization;
using System.Text.RegularExpressions;

namespace Prosopograph.Corpus.Model;

public enum DatePrecision { Year, Month, Day }

/// <summary>
/// An ISO-8601 calendar date with only the precision the source gives: <c>1927</c>, <c>1919-03</c>, <c>1940-08-20</c>.
/// </summary>
public readonly partial record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can denote: <c>1927</c> starts on 1927-01-01.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can denote: <c>1927</c> ends on 1927-12-31.</summary>
    public DateOnly Latest => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : new DateOnly(Year, Month ?? 12, DateTime.DaysInMonth(Year, Month ?? 12));

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || !IsoShape().IsMatch(text))
        {
            return false;
        }

        var parts = text.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (year < 1 || month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>
    /// Chronological order by the first day a date can denote; on a tie the coarser date comes first,
    /// because <c>1927</c> opens the year that contains <c>1927-03-01</c>.
    /// </summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoShape();
}
