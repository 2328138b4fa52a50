namespace Prosopograph.Corpus.Model;

public sealed record EntityKind(string Id, string Label, string Description);

/// <summary>Whether a relation is an act at a date (executed) or a state of affairs over a period (allied with).</summary>
public enum Temporality { Point, Interval }

/// <summary>
/// A relation type. <see cref="Broader"/> is its SKOS broader type (executed is narrower than killed), so asking for
/// the broader type finds it too; <see cref="Family"/> groups types by what they are about (violence, membership).
/// </summary>
public sealed record RelationType(
    string Id,
    string Label,
    string Inverse,
    string Description,
    IReadOnlyList<string> SubjectKinds,
    IReadOnlyList<string> ObjectKinds,
    bool Symmetric,
    Temporality Temporal,
    string? Broader = null,
    string? Family = null)
{
    /// <summary>The relationship type in Neo4j: <c>expelled_from</c> becomes <c>EXPELLED_FROM</c>.</summary>
    public string GraphType => Id.ToUpperInvariant();
}

public sealed record Vocabulary(IReadOnlyList<EntityKind> EntityKinds, IReadOnlyList<RelationType> RelationTypes)
{
    public EntityKind? FindKind(string id) => EntityKinds.FirstOrDefault(k => k.Id == id);

    public RelationType? FindType(string id) => RelationTypes.FirstOrDefault(t => t.Id == id);

    /// <summary>The types whose broader type is <paramref name="id"/> (one level down), in vocabulary order.</summary>
    public IReadOnlyList<string> NarrowerOf(string id) => RelationTypes.Where(t => t.Broader == id).Select(t => t.Id).ToList();

    /// <summary>
    /// The given types and every type narrower than one of them, transitively: <c>killed</c> brings <c>executed</c>.
    /// The reader rejects loops of broader types; the set of visited types would end one anyway.
    /// </summary>
    public IReadOnlySet<string> WithNarrower(IEnumerable<string> ids)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ids);
        while (pending.TryPop(out var id))
        {
            if (all.Add(id))
            {
                foreach (var narrower in NarrowerOf(id))
                {
                    pending.Push(narrower);
                }
            }
        }

        return all;
    }
}
