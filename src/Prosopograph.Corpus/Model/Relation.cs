namespace Prosopograph.Corpus.Model;

/// <summary>A verbatim passage of a document; <see cref="Start"/> and <see cref="End"/> are computed code-point offsets.</summary>
public sealed record Evidence(string DocumentId, string Quote, int Start, int End);

public sealed record Relation(
    string Id,
    string Type,
    string Subject,
    string Object,
    SourcedDate? Date,
    Voice Voice,
    IReadOnlyList<Evidence> Evidence,
    string? Note,
    Validity Validity)
{
    /// <summary>The date the relation is placed at on a timeline: its point date, else its start; null when it has neither.</summary>
    public CalendarDate? Anchor => Date?.Date.First;

    /// <summary>The years its own date covers, for from/to filters (open where an end is open or unknown); null when undated.</summary>
    public YearRange? Span => Date?.Date is { } date ? new YearRange(date.First?.Year, date.Last?.Year) : null;
}
