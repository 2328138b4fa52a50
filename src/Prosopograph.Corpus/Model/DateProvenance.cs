namespace Prosopograph.Corpus.Model;

/// <summary>Who gives a date: the document itself, or the curator from outside the text (who must say from where).</summary>
public enum DateSource { Text, Editorial }

/// <summary>
/// The provenance of a date, given for each end: <c>text</c> or <c>editorial</c> for both, or
/// <c>text/editorial</c>, <c>editorial/text</c> for an interval whose start and end come from different places.
/// </summary>
public readonly record struct DateProvenance(DateSource Start, DateSource End)
{
    public const string Format = "text, editorial, text/editorial or editorial/text";

    public static DateProvenance Text { get; } = new(DateSource.Text, DateSource.Text);

    public bool IsTwoPart => Start != End;

    public bool HasEditorial => Start == DateSource.Editorial || End == DateSource.Editorial;

    public static DateProvenance? Parse(string text) => text.Split('/') switch
    {
        [var both] when SourceOf(both) is { } source => new DateProvenance(source, source),
        [var start, var end] when SourceOf(start) is { } from && SourceOf(end) is { } to && from != to => new DateProvenance(from, to),
        _ => null,
    };

    public override string ToString() => IsTwoPart ? $"{Name(Start)}/{Name(End)}" : Name(Start);

    private static string Name(DateSource source) => source == DateSource.Text ? "text" : "editorial";

    private static DateSource? SourceOf(string text) => text switch
    {
        "text" => DateSource.Text,
        "editorial" => DateSource.Editorial,
        _ => null,
    };
}

/// <summary>A date with its provenance, as relations carry their date and entities their existence.</summary>
public sealed record SourcedDate(EdtfDate Date, DateProvenance Provenance)
{
    public override string ToString() => $"{Date} ({Provenance})";
}
