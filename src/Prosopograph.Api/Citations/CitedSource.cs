using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Citations;

/// <summary>A passage that supports a relation: where in the document it stands, and which relation it supports.</summary>
public sealed record CitedPassage(string RelationId, string RelationType, string Quote, int Start, int End);

/// <summary>What one citation names: a document, optionally the passage of it that a relation rests on, and the dataset version.</summary>
public sealed record CitedSource(Document Document, CitedPassage? Passage, string DatasetVersion)
{
    public string Id => Passage is { } passage ? $"{passage.RelationId}@{passage.Start}" : Document.Id;

    public string PassageNote => Passage is { } p
        ? $"Relation {p.RelationId} ({p.RelationType}) rests on characters {p.Start}–{p.End} of document {Document.Id}: \"{p.Quote}\". Prosopograph dataset version {DatasetVersion}."
        : $"Document {Document.Id} in the Prosopograph dataset, version {DatasetVersion}.";
}
