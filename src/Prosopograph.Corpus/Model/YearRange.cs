namespace Prosopograph.Corpus.Model;

/// <summary>An inclusive range of years; a null bound is open.</summary>
public readonly record struct YearRange(int? From, int? To)
{
    public bool Overlaps(int? from, int? to) => (From is null || to is null || From <= to) && (To is null || from is null || from <= To);
}
