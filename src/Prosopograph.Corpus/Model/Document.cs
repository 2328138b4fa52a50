namespace Prosopograph.Corpus.Model;

public sealed record Document(
    string Id,
    string Title,
    string Author,
    EdtfDate? Date,
    string Language,
    string? Notes,
    string SourceFile,
    string Text)
{
    /// <summary>Length in code points, the unit of every offset; counted once, since the text never changes.</summary>
    public int Length { get; } = Text.EnumerateRunes().Count();
}

/// <summary>One occurrence of an entity's name or alias in a document, found by the loader.</summary>
public sealed record Mention(string DocumentId, string EntityId, string Surface, int Start, int End);
