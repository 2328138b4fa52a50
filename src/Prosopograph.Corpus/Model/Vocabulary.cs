namespace Prosopograph.Corpus.Model;

public sealed record EntityKind(string Id, string Label, string Description);

/// <summary>Whether a relation is an act at a date (executed) or a state of affairs over a period (allied with).</summary>
public enum Temporality { Point, Interval }

public sealed record RelationType(
    string Id,
    string Label,
    string Inverse,
    string Description,
    IReadOnlyList<string> SubjectKinds,
    IReadOnlyList<string> ObjectKinds,
    bool Symmetric,
    Temporality Temporal)
{
    /// <summary>The relationship type in Neo4j: <c>expelled_from</c> becomes <c>EXPELLED_FROM</c>.</summary>
    public string GraphType => Id.ToUpperInvariant();
}

public sealed record Vocabulary(IReadOnlyList<EntityKind> EntityKinds, IReadOnlyList<RelationType> RelationTypes)
{
    public EntityKind? FindKind(string id) => EntityKinds.FirstOrDefault(k => k.Id == id);

    public RelationType? FindType(string id) => RelationTypes.FirstOrDefault(t => t.Id == id);
}
