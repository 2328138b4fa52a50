using System.Collections.Frozen;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Search;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>
/// The corpus with the indexes the queries need, built once: answers about entities and relations by id, every entity's
/// names already normalised for search, and adjacency (each relation under both of its ends).
/// </summary>
internal sealed class EmbeddedGraph
{
    public EmbeddedGraph(CorpusModel corpus)
    {
        Corpus = corpus;
        TypesById = corpus.Vocabulary.RelationTypes.ToFrozenDictionary(t => t.Id);
        SearchNames = corpus.Entities.ToFrozenDictionary(
            e => e.Id,
            e => e.AllNames.Select(SearchName.Of).Where(n => n.Text.Length > 0).DistinctBy(n => n.Text).ToArray());
        Adjacency = corpus.Relations
            .SelectMany(r => new[] { (Entity: r.Subject, Relation: r), (Entity: r.Object, Relation: r) })
            .DistinctBy(x => (x.Entity, x.Relation.Id))
            .GroupBy(x => x.Entity)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Relation).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());
        Chronology = InTimelineOrder(corpus.Relations);
        ChronologyByEntity = ByEntity(Chronology, Adjacency);
        ListOrder = InListOrder(corpus.Relations);
        ListOrderByEntity = ByEntity(ListOrder, Adjacency);
        MentionsByDocument = corpus.Mentions.GroupBy(m => m.DocumentId).ToFrozenDictionary(g => g.Key, g => g.OrderBy(m => m.Start).ToArray());

        // The corpus never changes under a loaded store, so the answers about one relation or one entity are
        // built once here rather than on every request.
        RelationViews = corpus.Relations.ToFrozenDictionary(r => r.Id, r => r.ToView(corpus));
        EntityDetails = EntityDetailBuilder.Build(corpus, Adjacency);
        Summaries = corpus.Entities.ToFrozenDictionary(e => e.Id, e => e.ToSummary());
    }

    public CorpusModel Corpus { get; }

    public FrozenDictionary<string, RelationType> TypesById { get; }

    public FrozenDictionary<string, SearchName[]> SearchNames { get; }

    /// <summary>Every relation touching an entity, in id order.</summary>
    public FrozenDictionary<string, Relation[]> Adjacency { get; }

    /// <summary>The dated relations in timeline order (<see cref="TimelineKey"/>, then id).</summary>
    public Relation[] Chronology { get; }

    /// <summary>Each entity's dated relations in timeline order.</summary>
    public FrozenDictionary<string, Relation[]> ChronologyByEntity { get; }

    /// <summary>Every relation in list order: the dated ones in timeline order, then the undated ones by id.</summary>
    public Relation[] ListOrder { get; }

    /// <summary>Each entity's relations in list order.</summary>
    public FrozenDictionary<string, Relation[]> ListOrderByEntity { get; }

    public FrozenDictionary<string, Mention[]> MentionsByDocument { get; }

    public FrozenDictionary<string, RelationView> RelationViews { get; }

    public FrozenDictionary<string, EntityDetail> EntityDetails { get; }

    public FrozenDictionary<string, EntitySummary> Summaries { get; }

    public RelationView View(Relation relation) => RelationViews[relation.Id];

    public IReadOnlyList<Relation> RelationsOf(string entityId) => Adjacency.TryGetValue(entityId, out var relations) ? relations : [];

    public bool IsSymmetric(Relation relation) => TypesById[relation.Type].Symmetric;

    private static Relation[] InListOrder(IEnumerable<Relation> relations) =>
        [.. InTimelineOrder(relations), .. relations.Where(r => r.Anchor is null).OrderBy(r => r.Id, StringComparer.Ordinal)];

    // CalendarDate's order is the one TimelineKey spells out for Neo4j, compared without building a key per relation.
    private static Relation[] InTimelineOrder(IEnumerable<Relation> relations) => relations
        .Where(r => r.Anchor is not null)
        .OrderBy(r => r.Anchor!.Value)
        .ThenBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Each entity's share of an ordered list, in that order: one pass over the list instead of a sort per entity,
    /// which at a hub's tens of thousands of relations, done for every entity, is most of the index's build time.
    /// </summary>
    private static FrozenDictionary<string, Relation[]> ByEntity(Relation[] ordered, FrozenDictionary<string, Relation[]> adjacency)
    {
        var lists = adjacency.ToDictionary(a => a.Key, _ => new List<Relation>(), StringComparer.Ordinal);
        foreach (var relation in ordered)
        {
            lists[relation.Subject].Add(relation);
            if (relation.Object != relation.Subject)
            {
                lists[relation.Object].Add(relation);
            }
        }

        return lists.ToFrozenDictionary(l => l.Key, l => l.Value.ToArray(), StringComparer.Ordinal);
    }
}
