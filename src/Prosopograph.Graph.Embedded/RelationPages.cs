using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>
/// A page of a relation list or of the timeline. Filtered by type alone, or not at all, it is read off the
/// <see cref="ListIndex"/>; any other filter (an entity, sources, stances, years, as of) scans the candidates, an
/// entity's own relations when one is given, every relation otherwise, and only the page's views are built.
/// </summary>
internal static class RelationPages
{
    public static Page<RelationView> Relations(EmbeddedGraph graph, RelationFilter filter)
    {
        var criteria = filter.Relations;
        if (filter is { Entity: null, From: null, To: null, AsOf: null, IncludeUndated: true } && ByTypeAlone(criteria))
        {
            return Indexed(graph, criteria, datedOnly: false, filter.Offset, filter.Limit);
        }

        var candidates = filter.Entity is { } entity ? graph.ListOrderByEntity.GetValueOrDefault(entity, []) : graph.ListOrder;
        var selected = candidates
            .Where(r => filter.Entity is null || r.Touches(filter.Entity, filter.Direction, graph.IsSymmetric(r)))
            .Where(criteria.Matcher(graph.Corpus.Vocabulary))
            .Where(r => r.WithinYears(filter.From, filter.To))
            .Where(r => r.InForce(filter.AsOf, filter.IncludeUndated));
        return Scanned(graph, selected, filter.Offset, filter.Limit);
    }

    /// <summary>Dated relations only; "undated" never applies to them, since a date of its own makes a relation dated.</summary>
    public static Page<RelationView> Timeline(EmbeddedGraph graph, TimelineQuery query)
    {
        var criteria = query.Relations;
        if (query is { Entity: null, From: null, To: null, AsOf: null } && ByTypeAlone(criteria))
        {
            return Indexed(graph, criteria, datedOnly: true, query.Offset, query.Limit);
        }

        var chronology = query.Entity is { } entity ? graph.ChronologyByEntity.GetValueOrDefault(entity, []) : graph.Chronology;
        var selected = chronology
            .Where(criteria.Matcher(graph.Corpus.Vocabulary))
            .Where(r => r.WithinYears(query.From, query.To))
            .Where(r => r.InForce(query.AsOf, query.IncludeUndated));
        return Scanned(graph, selected, query.Offset, query.Limit);
    }

    private static bool ByTypeAlone(RelationCriteria criteria) => criteria is { Sources: null, Stances: null };

    private static Page<RelationView> Indexed(EmbeddedGraph graph, RelationCriteria criteria, bool datedOnly, int offset, int limit)
    {
        var (items, total) = graph.Lists.Page(criteria.TypeSelection(graph.Corpus.Vocabulary), datedOnly, offset, limit);
        return new Page<RelationView>(items.Select(graph.View).ToList(), total, limit, offset);
    }

    private static Page<RelationView> Scanned(EmbeddedGraph graph, IEnumerable<Relation> selected, int offset, int limit)
    {
        var items = new List<RelationView>();
        var total = 0;
        foreach (var relation in selected)
        {
            if (total >= offset && items.Count < limit)
            {
                items.Add(graph.View(relation));
            }

            total++;
        }

        return new Page<RelationView>(items, total, limit, offset);
    }
}
