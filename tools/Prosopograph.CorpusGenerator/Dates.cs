namespace Prosopograph.CorpusGenerator;

/// <summary>
/// An EDTF date with its provenance as an annotation gives it. <see cref="TextPhrase"/> is how the text states the
/// parts whose provenance is the text ("in November 1927", "from 1925"); <see cref="Source"/> says where an editorial
/// part comes from, for the note the loader requires.
/// </summary>
internal sealed record DateSpec(string Edtf, string? Provenance, string TextPhrase, string? Source);

/// <summary>Dates of every precision, qualifier and shape of interval the loader reads, with every provenance.</summary>
internal static class Dates
{
    private enum Precision { Year, Month, Day }

    private readonly record struct Bound(string Edtf, string Words);

    /// <summary>Undated, a point or an interval; a state of affairs is mostly an interval, an act mostly a point.</summary>
    public static DateSpec? ForRelation(Rng rng, bool stateOfAffairs, int year, IReadOnlyList<string> archives)
    {
        if (rng.Chance(0.15))
        {
            return null;
        }

        return rng.Chance(stateOfAffairs ? 0.85 : 0.15) ? Interval(rng, year, rng.Next(1, 16), archives) : Point(rng, year, archives);
    }

    /// <summary>A lifespan (born/died, founded/dissolved) from <paramref name="start"/> to <paramref name="end"/> (null: still existing).</summary>
    public static DateSpec Lifespan(Rng rng, int start, int? end, IReadOnlyList<string> archives)
    {
        var precision = rng.Pick<Precision>([(Precision.Day, 4), (Precision.Month, 2), (Precision.Year, 4)]);
        var from = MakeBound(rng, start, precision, rng.Chance(0.1) ? '~' : null);
        var shape = end is null ? 0 : rng.Next(10);
        return shape switch
        {
            0 => Finish(rng, $"{from.Edtf}/..", $"from {from.Words}", "", archives, twoPart: false),
            1 => Finish(rng, $"{from.Edtf}/", $"from {from.Words}", "", archives, twoPart: false),
            2 => Finish(rng, $"/{end}", "", $"until {end}", archives, twoPart: false),
            _ => WithEnd(rng, from, MakeBound(rng, end!.Value, precision, null), archives),
        };
    }

    public static DateSpec Point(Rng rng, int year, IReadOnlyList<string> archives)
    {
        var precision = rng.Pick<Precision>([(Precision.Year, 4), (Precision.Month, 3), (Precision.Day, 3)]);
        char? qualifier = precision == Precision.Year ? rng.Pick<char?>([(null, 5), ('~', 2), ('?', 2), ('%', 1)]) : null;
        var bound = MakeBound(rng, year, precision, qualifier);
        var words = (qualifier, precision) switch
        {
            ('?', _) => $"probably in {year}",
            (not null, _) => bound.Words,
            (_, Precision.Day) => $"on {bound.Words}",
            _ => $"in {bound.Words}",
        };
        return Finish(rng, bound.Edtf, words, "", archives, twoPart: false);
    }

    /// <summary>A few days' event in one month, as a congress or a trial: <c>1936-08-19/1936-08-24</c>.</summary>
    public static DateSpec Days(Rng rng, int year, IReadOnlyList<string> archives)
    {
        var month = rng.Next(1, 13);
        var first = rng.Next(1, 20);
        var last = first + rng.Next(1, 9);
        var monthName = NamePools.Months[month - 1];
        return Finish(rng, $"{year}-{month:D2}-{first:D2}/{year}-{month:D2}-{last:D2}", $"from {first} to {last} {monthName} {year}",
            $"until {last} {monthName} {year}", archives, twoPart: true, startWords: $"from {first} {monthName} {year}");
    }

    private static DateSpec Interval(Rng rng, int year, int length, IReadOnlyList<string> archives)
    {
        var precision = rng.Pick<Precision>([(Precision.Year, 5), (Precision.Month, 3), (Precision.Day, 2)]);
        var start = MakeBound(rng, year, precision, precision == Precision.Year && rng.Chance(0.2) ? rng.Pick<char>(['~', '?']) : null);
        var end = MakeBound(rng, year + length, precision, start.Edtf.EndsWith('~') ? '~' : null);
        return rng.Next(10) switch
        {
            0 => Finish(rng, $"{start.Edtf}/..", $"from {start.Words} onwards", "", archives, twoPart: false),
            1 => Finish(rng, $"../{end.Edtf}", $"until {end.Words}", "", archives, twoPart: false),
            2 => Finish(rng, $"{start.Edtf}/", $"from {start.Words}", "", archives, twoPart: false),
            3 => Finish(rng, $"/{end.Edtf}", $"until {end.Words}", "", archives, twoPart: false),
            _ => WithEnd(rng, start, end, archives),
        };
    }

    private static DateSpec WithEnd(Rng rng, Bound start, Bound end, IReadOnlyList<string> archives) =>
        Finish(rng, $"{start.Edtf}/{end.Edtf}", $"from {start.Words} to {end.Words}", $"until {end.Words}", archives,
            twoPart: true, startWords: $"from {start.Words}");

    // Provenance: the text (left implicit, or said), editorial (from a named source), or, for an interval with both
    // ends, one end from each. The text phrase carries exactly the parts the text gives.
    private static DateSpec Finish(Rng rng, string edtf, string words, string endWords, IReadOnlyList<string> archives, bool twoPart, string startWords = "")
    {
        var provenance = rng.Pick<string?>(twoPart
            ? [(null, 45), ("text", 5), ("editorial", 30), ("text/editorial", 10), ("editorial/text", 10)]
            : [(null, 55), ("text", 8), ("editorial", 37)]);
        return provenance switch
        {
            "editorial" => new DateSpec(edtf, provenance, "", rng.Pick(archives)),
            "text/editorial" => new DateSpec(edtf, provenance, startWords, rng.Pick(archives)),
            "editorial/text" => new DateSpec(edtf, provenance, endWords, rng.Pick(archives)),
            _ => new DateSpec(edtf, provenance, words, null),
        };
    }

    private static Bound MakeBound(Rng rng, int year, Precision precision, char? qualifier)
    {
        var hedge = qualifier switch
        {
            '~' => "around ",
            '?' => "probably ",
            '%' => "perhaps around ",
            _ => "",
        };
        var month = rng.Next(1, 13);
        var day = rng.Next(1, 29);
        return precision switch
        {
            Precision.Year => new Bound($"{year}{qualifier}", $"{hedge}{year}"),
            Precision.Month => new Bound($"{year}-{month:D2}{qualifier}", $"{hedge}{NamePools.Months[month - 1]} {year}"),
            _ => new Bound($"{year}-{month:D2}-{day:D2}{qualifier}", $"{hedge}{day} {NamePools.Months[month - 1]} {year}"),
        };
    }
}
