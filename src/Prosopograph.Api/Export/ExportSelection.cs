using Prosopograph.Corpus.Model;
using Prosopograph.Graph;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Export;

/// <summary>
/// The entities and relations an export holds, by id; every format writes exactly these. An ego network is the
/// store's own neighbourhood answer (the same as /api/entities/{id}/neighbourhood); the whole graph keeps every entity
/// and the relations that pass the filters.
/// </summary>
public sealed record ExportSelection(IReadOnlySet<string> EntityIds, IReadOnlySet<string> RelationIds)
{
    /// <summary>Null when the ego network's entity is unknown.</summary>
    public static async Task<ExportSelection?> SelectAsync(
        ExportParameters parameters, CorpusModel corpus, GraphExport export, IGraphStore store, CancellationToken cancellationToken)
    {
        if (parameters.Entity is { } entity)
        {
            var query = new NeighbourhoodQuery(entity, parameters.Depth ?? 1, parameters.ToCriteria(), parameters.AsOf, parameters.KeepsUndated());
            if (await store.GetNeighbourhoodAsync(query, cancellationToken) is not { } subgraph)
            {
                return null;
            }

            return new ExportSelection(
                subgraph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal),
                subgraph.Edges.Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
        }

        // The store's export has applied the relation criteria (types with their narrower ones unless exact, voice);
        // "as of" is the relation's validity, as every store applies it.
        var admitted = corpus.Relations
            .Where(r => r.Validity.Admits(parameters.AsOf, parameters.KeepsUndated()))
            .Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);
        var relations = export.Links.Select(l => l.Id).Where(admitted.Contains);
        return new ExportSelection(
            corpus.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal),
            relations.ToHashSet(StringComparer.Ordinal));
    }
}
