using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Loading;

/// <summary>An annotation file read field by field; cross-references are checked later, across all files.</summary>
internal sealed record ParsedAnnotation(ErrorSink Errors, ParsedDocument Document, IReadOnlyList<ParsedEntity> Entities, IReadOnlyList<ParsedRelation> Relations);

internal sealed record ParsedDocument(
    string Id, string Title, string Author, EdtfDate? Date, string Language, string? Notes, string TextFile, Bibliography Bibliography, SourceLines Source);

internal sealed record ParsedEntity(
    string Id, string Kind, string Name, IReadOnlyList<Alias> Aliases, IReadOnlyList<string> Phrases, string? Notes, SourcedDate? Existence, SourceLines Source);

internal sealed record ParsedQuote(string Quote, int? Occurrence, int Line);

internal sealed record ParsedRelation(
    string Id,
    string Type,
    string Subject,
    string Object,
    SourcedDate? Date,
    Voice Voice,
    IReadOnlyList<ParsedQuote> Evidence,
    string? Note,
    SourceLines Source);
