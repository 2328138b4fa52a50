using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Neo4j.Store;

/// <summary>
/// Between the vocabulary's relation type ids (the API's names) and Neo4j relationship types (RelationType.GraphType).
/// Type names only ever come from here, never from a request, which is why statements may use them as parameters.
/// </summary>
internal sealed class GraphTypes(Vocabulary vocabulary)
{
    private readonly Dictionary<string, string> idsByGraphType =
        vocabulary.RelationTypes.ToDictionary(t => t.GraphType, t => t.Id, StringComparer.Ordinal);

    public IReadOnlyList<string> Symmetric { get; } = vocabulary.RelationTypes.Where(t => t.Symmetric).Select(t => t.GraphType).ToList();

    public string ToId(string graphType) => idsByGraphType.GetValueOrDefault(graphType) ?? graphType.ToLowerInvariant();

    /// <summary>
    /// The relation criteria as statement parameters (see relations.cypher): the type selection, narrower types
    /// resolved from the vocabulary, as graph types; null for "any".
    /// </summary>
    public void AddCriteria(Dictionary<string, object?> parameters, RelationCriteria criteria)
    {
        parameters["types"] = criteria.TypeSelection(vocabulary)?.Select(id => vocabulary.FindType(id)?.GraphType ?? id.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList();
        parameters["sources"] = criteria.Sources?.Order(StringComparer.Ordinal).ToList();
        parameters["stances"] = criteria.Stances?.Order(StringComparer.Ordinal).ToList();
    }
}
