using System.Collections.Frozen;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Embedded.Search;
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
        SearchIndex = new EntitySearchIndex(corpus.Entities, SearchNames);
        Adjacency = corpus.Relations
            .SelectMany(r => new[] { (Entity: r.Subject, Relation: r), (Entity: r.Object, Relation: r) })
            .DistinctBy(x => (x.Entity, x.Relation.Id))
            .GroupBy(x => x.Entity)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Relation).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());

        // The entities' details need only the adjacency: built on another core while this one builds the orders.
        var entityDetails = Task.Run(() => EntityDetailBuilder.Build(corpus, Adjacency));
        Chronology = InTimelineOrder(corpus.Relations);
        ChronologyByEntity = ByEntity(Chronology, Adjacency);
        ListOrder = InListOrder(Chronology, corpus.Relations);
        ListOrderByEntity = ByEntity(ListOrder, Adjacency);
        Lists = new ListIndex(ListOrder);
        NeighboursByEntity = Neighbours.Index(Adjacency);
        MentionsByDocument = corpus.Mentions.GroupBy(m => m.DocumentId).ToFrozenDictionary(g => g.Key, g => g.OrderBy(m => m.Start).ToArray());

        // The corpus never changes under a loaded store, so the answers about one entity are built once here rather
        // than on every request. A relation's view is built when asked for: a few objects, where holding a million
        // of them would cost hundreds of megabytes and seconds of every start.
        RelationsById = corpus.Relations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        EntityDetails = entityDetails.GetAwaiter().GetResult();
        Summaries = corpus.Entities.ToFrozenDictionary(e => e.Id, e => e.ToSummary());
    }

    public CorpusModel Corpus { get; }

    public FrozenDictionary<string, RelationType> TypesById { get; }

    public FrozenDictionary<string, SearchName[]> SearchNames { get; }

    public EntitySearchIndex SearchIndex { get; }

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

    /// <summary>Pages of <see cref="ListOrder"/> and of its dated part, by type, without a scan.</summary>
    public ListIndex Lists { get; }

    /// <summary>Each entity's relations by the entity at their other end (<see cref="Neighbours"/>).</summary>
    public FrozenDictionary<string, Neighbour[]> NeighboursByEntity { get; }

    public FrozenDictionary<string, Mention[]> MentionsByDocument { get; }

    public Dictionary<string, Relation> RelationsById { get; }

    public FrozenDictionary<string, EntityDetail> EntityDetails { get; }

    public FrozenDictionary<string, EntitySummary> Summaries { get; }

    public RelationView View(Relation relation) => relation.ToView(Corpus);

    public RelationView? FindView(string relationId) => RelationsById.TryGetValue(relationId, out var relation) ? View(relation) : null;

    public IReadOnlyList<Relation> RelationsOf(string entityId) => Adjacency.TryGetValue(entityId, out var relations) ? relations : [];

    public Neighbour[] NeighboursOf(string entityId) => NeighboursByEntity.GetValueOrDefault(entityId, []);

    public bool IsSymmetric(Relation relation) => TypesById[relation.Type].Symmetric;

    private static Relation[] InListOrder(Relation[] chronology, IEnumerable<Relation> relations) =>
        [.. chronology, .. relations.Where(r => r.Anchor is null).OrderBy(r => r.Id, StringComparer.Ordinal)];

    // CalendarDate's order (first day, then the coarser first), the one TimelineKey spells out for Neo4j, as a number
    // rather than a string built for every relation.
    private static Relation[] InTimelineOrder(IEnumerable<Relation> relations) => relations
        .Where(r => r.Anchor is not null)
        .OrderBy(r => SortKey(r.Anchor!.Value))
        .ThenBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    private static long SortKey(CalendarDate date) => ((long)date.Earliest.DayNumber << 2) | (long)date.Precision;

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
