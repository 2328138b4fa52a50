using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Neo4j.Store;

/// <summary>
/// Between the vocabulary's relation type ids (the API's names) and Neo4j relationship types (RelationType.GraphType).
/// Type names only ever come from here, never from a request, which is why statements may use them as parameters.
/// </summary>
internal sealed class GraphTypes(Vocabulary vocabulary)
{
    private readonly Dictionary<string, string> idsByGraphType =
        vocabulary.RelationTypes.ToDictionary(t => t.GraphType, t => t.Id, StringComparer.Ordinal);

    public IReadOnlyList<string> All { get; } = vocabulary.RelationTypes.Select(t => t.GraphType).ToList();

    public IReadOnlyList<string> Symmetric { get; } = vocabulary.RelationTypes.Where(t => t.Symmetric).Select(t => t.GraphType).ToList();

    public string ToId(string graphType) => idsByGraphType.GetValueOrDefault(graphType) ?? graphType.ToLowerInvariant();

    public string? ToGraph(string? id) => id is null ? null : vocabulary.FindType(id)?.GraphType ?? id.ToUpperInvariant();

    /// <summary>The graph types of a type filter; null (every type) becomes the whole vocabulary.</summary>
    public IReadOnlyList<string> Selection(IReadOnlySet<string>? ids) => SelectionOrNull(ids) ?? All;

    /// <summary>The graph types of a type filter; null (every type) stays null, so the statement can skip the test.</summary>
    public IReadOnlyList<string>? SelectionOrNull(IReadOnlySet<string>? ids) =>
        ids?.Select(id => ToGraph(id)!).Order(StringComparer.Ordinal).ToList();
}
