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
        ChronologyByEntity = Adjacency.ToFrozenDictionary(a => a.Key, a => InTimelineOrder(a.Value));
        ListOrder = InListOrder(corpus.Relations);
        ListOrderByEntity = Adjacency.ToFrozenDictionary(a => a.Key, a => InListOrder(a.Value));
        Lists = new ListIndex(ListOrder);
        NeighboursByEntity = Neighbours.Index(Adjacency);
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

    /// <summary>Pages of <see cref="ListOrder"/> and of its dated part, by type, without a scan.</summary>
    public ListIndex Lists { get; }

    /// <summary>Each entity's relations by the entity at their other end (<see cref="Neighbours"/>).</summary>
    public FrozenDictionary<string, Neighbour[]> NeighboursByEntity { get; }

    public FrozenDictionary<string, Mention[]> MentionsByDocument { get; }

    public FrozenDictionary<string, RelationView> RelationViews { get; }

    public FrozenDictionary<string, EntityDetail> EntityDetails { get; }

    public FrozenDictionary<string, EntitySummary> Summaries { get; }

    public RelationView View(Relation relation) => RelationViews[relation.Id];

    public IReadOnlyList<Relation> RelationsOf(string entityId) => Adjacency.TryGetValue(entityId, out var relations) ? relations : [];

    public Neighbour[] NeighboursOf(string entityId) => NeighboursByEntity.GetValueOrDefault(entityId, []);

    public bool IsSymmetric(Relation relation) => TypesById[relation.Type].Symmetric;

    private static Relation[] InListOrder(IEnumerable<Relation> relations) =>
        [.. InTimelineOrder(relations), .. relations.Where(r => r.Anchor is null).OrderBy(r => r.Id, StringComparer.Ordinal)];

    private static Relation[] InTimelineOrder(IEnumerable<Relation> relations) => relations
        .Where(r => r.Anchor is not null)
        .OrderBy(r => TimelineKey.Of(r.Anchor!.Value), StringComparer.Ordinal)
        .ThenBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();
}
