using System.Collections.Frozen;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

internal static class EntityDetailBuilder
{
    /// <summary>Every entity's detail: its relation counts by type and direction, and its mentions by document.</summary>
    public static FrozenDictionary<string, EntityDetail> Build(CorpusModel corpus, FrozenDictionary<string, Relation[]> adjacency)
    {
        var mentionCounts = corpus.Mentions
            .GroupBy(m => m.EntityId)
            .ToDictionary(g => g.Key, g => g.GroupBy(m => m.DocumentId).OrderBy(d => d.Key, StringComparer.Ordinal)
                .Select(d => new DocumentMentionCount(d.Key, corpus.DocumentsById[d.Key].Title, d.Count()))
                .ToList());
        return corpus.Entities.ToFrozenDictionary(e => e.Id, entity =>
        {
            var relations = adjacency.GetValueOrDefault(entity.Id, []);
            var counts = relations.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RelationCount(g.Key, g.Count(r => r.Subject == entity.Id), g.Count(r => r.Object == entity.Id)))
                .ToList();
            return new EntityDetail(entity.Id, entity.Kind, entity.Name, entity.Aliases.ToViews(), entity.Notes, counts,
                mentionCounts.GetValueOrDefault(entity.Id, []), entity.Existence?.ToView());
        });
    }
}
