namespace Prosopograph.Corpus.Model;

/// <summary>A verbatim passage of a document; <see cref="Start"/> and <see cref="End"/> are computed code-point offsets.</summary>
public sealed record Evidence(string DocumentId, string Quote, int Start, int End);

public sealed record Relation(
    string Id,
    string Type,
    string Subject,
    string Object,
    PartialDate? Date,
    PartialDate? Start,
    PartialDate? End,
    Voice Voice,
    IReadOnlyList<Evidence> Evidence,
    string? Note,
    YearRange Active)
{
    /// <summary>The date the relation is placed at on a timeline: its point date, else its start.</summary>
    public PartialDate? Anchor => Date ?? Start;

    /// <summary>The years the dates themselves cover, for from/to filters; null for an undated relation.</summary>
    public YearRange? Span => (Date, Start, End) switch
    {
        ({ } d, _, _) => new YearRange(d.Year, d.Year),
        (null, null, null) => null,
        (null, var s, var e) => new YearRange(s?.Year, e?.Year),
    };
}
