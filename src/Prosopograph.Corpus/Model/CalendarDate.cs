using System.Globalization;

namespace Prosopograph.Corpus.Model;

public enum DatePrecision { Year, Month, Day }

/// <summary>
/// A calendar date with only the precision the source gives: <c>1927</c>, <c>1919-03</c>, <c>1940-08-20</c>. It is
/// one end of an <see cref="EdtfDate"/> without its qualifier, and the unit of validity bounds.
/// </summary>
public readonly record struct CalendarDate(int Year, int? Month = null, int? Day = null) : IComparable<CalendarDate>
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can denote: <c>1927</c> starts on 1927-01-01.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can denote: <c>1927</c> ends on 1927-12-31.</summary>
    public DateOnly Latest => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : new DateOnly(Year, Month ?? 12, DateTime.DaysInMonth(Year, Month ?? 12));

    /// <summary>Why these numbers name no day (month 13, 30 February), or null when they do.</summary>
    public static string? Impossibility(int year, int? month, int? day) => (month, day) switch
    {
        _ when year < 1 => $"there is no year {year:D4}",
        ( < 1 or > 12, _) => $"there is no month {month:D2}",
        ({ } m, { } d) when d < 1 || d > DateTime.DaysInMonth(year, m) =>
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{m:D2} has no day {d:D2}"),
        _ => null,
    };

    public static CalendarDate Parse(string text) =>
        EdtfDate.TryParse(text, out var date, out _) && !date.IsInterval && date.Start.Qualifier == DateQualifier.None
            ? date.Start.Date!.Value
            : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>
    /// Chronological order by the first day a date can denote; on a tie the coarser date comes first,
    /// because <c>1927</c> opens the year that contains <c>1927-03-01</c>.
    /// </summary>
    public int CompareTo(CalendarDate other)
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
}
