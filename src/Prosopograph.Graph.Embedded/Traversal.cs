using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>
/// Which relations a walk may follow, ignoring direction (a path through "Mercader agent of Stalin" goes both ways),
/// and how what it finds is shown: nodes at their depth, edges with evidence and note only when they were asked for.
/// </summary>
internal sealed class Traversal(EmbeddedGraph graph, RelationCriteria criteria, int? asOf, bool includeUndated, bool includeEvidence)
{
    private readonly Func<Relation, bool> _matches = criteria.Matcher(graph.Corpus.Vocabulary);

    public EmbeddedGraph Graph => graph;

    public bool Follows(Relation relation) => _matches(relation) && relation.InForce(asOf, includeUndated);

    public GraphNode Node(string entityId, int depth) => graph.Corpus.EntitiesById[entityId].ToNode(depth);

    // The views are built once per corpus with their evidence; a graph answer without it gets a lighter copy.
    public RelationView Edge(Relation relation) =>
        includeEvidence ? graph.View(relation) : graph.View(relation) with { Evidence = [], Note = null };
}
