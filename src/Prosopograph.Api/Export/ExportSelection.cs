using Prosopograph.Corpus.Model;
using Prosopograph.Graph;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Api.Export;

/// <summary>
/// The entities and relations an export holds, by id; every format writes exactly these. An ego network is the
/// store's own neighbourhood answer (the same as /api/entities/{id}/neighbourhood). The whole graph keeps every entity
/// unless a filter narrows the relations: then it keeps the entities at either end of a selected relation.
/// </summary>
public sealed record ExportSelection(IReadOnlySet<string> EntityIds, IReadOnlySet<string> RelationIds)
{
    /// <summary>Null when the ego network's entity is unknown.</summary>
    public static async Task<ExportSelection?> SelectAsync(
        ExportParameters parameters, CorpusModel corpus, IGraphStore store, CancellationToken cancellationToken)
    {
        if (parameters.Entity is { } entity)
        {
            var query = new NeighbourhoodQuery(entity, parameters.Depth ?? 1, parameters.TypeSet, parameters.AsOf, parameters.KeepsUndated);
            if (await store.GetNeighbourhoodAsync(query, cancellationToken) is not { } subgraph)
            {
                return null;
            }

            return new ExportSelection(
                subgraph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal),
                subgraph.Edges.Where(e => parameters.Status is null || e.Status == parameters.Status).Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
        }

        var relations = corpus.Relations.Where(r => Selected(r, parameters)).ToList();
        var entities = parameters.FiltersRelations
            ? relations.SelectMany(r => new[] { r.Subject, r.Object })
            : corpus.Entities.Select(e => e.Id);
        return new ExportSelection(entities.ToHashSet(StringComparer.Ordinal), relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
    }

    // The same tests the stores apply to neighbourhoods: type, validity as of a year (and undated or not), voice.
    private static bool Selected(Relation relation, ExportParameters parameters) =>
        (parameters.TypeSet is not { } types || types.Contains(relation.Type))
        && relation.Validity.Admits(parameters.AsOf, parameters.KeepsUndated)
        && (parameters.Status is not { } status || ClaimStatuses.Name(relation.Status) == status);
}
