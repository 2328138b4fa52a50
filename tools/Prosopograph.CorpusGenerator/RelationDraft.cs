namespace Prosopograph.CorpusGenerator;

/// <summary>A quote as written into the text, and where: the annotation gets the quote, never the offset.</summary>
internal sealed record EvidenceDraft(string Quote, int Offset);

/// <summary>Whose voice states a relation: the author, a quoted source, or a report; and whether someone disputes it.</summary>
/// <remarks>Disputed with no <see cref="Disputer"/> means disputed by the document's author.</remarks>
internal sealed record VoiceDraft(string Source, GeneratedEntity? AttributedTo, bool Disputed, GeneratedEntity? Disputer)
{
    public static VoiceDraft Author { get; } = new("author", null, false, null);
}

internal sealed record RelationDraft(
    string Id,
    TypeSpec Type,
    GeneratedEntity Subject,
    GeneratedEntity Object,
    DateSpec? Date,
    VoiceDraft Voice,
    IReadOnlyList<EvidenceDraft> Evidence,
    string? Note);
