namespace Prosopograph.Corpus.Model;

/// <summary>An inclusive range of years; a null bound is open.</summary>
public readonly record struct YearRange(int? From, int? To)
{
    public bool Contains(int year) => (From is null || From <= year) && (To is null || year <= To);

    public bool Overlaps(int? from, int? to) => (From is null || to is null || From <= to) && (To is null || from is null || from <= To);

    /// <summary>
    /// The years in which a relation holds, for "as of" queries. An act (executed, expelled from) holds from its
    /// date on, since its consequences last; a state of affairs (allied with) holds from its start to its end,
    /// and a state of affairs the text dates to one point holds in that year only. An undated relation always holds:
    /// the text does not limit it, and dropping it would hide evidence.
    /// </summary>
    public static YearRange ActiveFor(Temporality temporal, PartialDate? date, PartialDate? start, PartialDate? end) =>
        (temporal, date) switch
        {
            (Temporality.Point, { } d) => new YearRange(d.Year, null),
            (Temporality.Interval, { } d) => new YearRange(d.Year, d.Year),
            (Temporality.Point, null) => new YearRange(start?.Year, null),
            _ => new YearRange(start?.Year, end?.Year),
        };
}
