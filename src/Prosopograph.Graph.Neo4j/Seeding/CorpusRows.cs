using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Store;
using Prosopograph.Graph.Search;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Seeding;

/// <summary>
/// Flattens the corpus model into the rows the seeding statements UNWIND, one row at a time as they are read (never a
/// list of the corpus), optionally only those an export keeps; a row's corpusOrder is its place in the whole corpus.
/// </summary>
internal static class CorpusRows
{
    /// <summary>Joins the folded names in searchText; no name contains it after folding, so a match never spans two names.</summary>
    public const string NameSeparator = " | ";

    public static IEnumerable<DocumentRow> Documents(CorpusModel corpus, Func<Document, bool>? keep = null) =>
        Kept(corpus.Documents, keep).Select(x => Document(x.Item, x.Order));

    public static IEnumerable<EntityRow> Entities(CorpusModel corpus, Func<Entity, bool>? keep = null)
    {
        var labels = corpus.Vocabulary.EntityKinds.ToDictionary(k => k.Id, k => k.Label);
        return Kept(corpus.Entities, keep).Select(x => Entity(x.Item, x.Order, labels));
    }

    public static IEnumerable<MentionRow> Mentions(CorpusModel corpus, Func<Mention, bool>? keep = null) =>
        Kept(corpus.Mentions, keep).Select(x => new MentionRow(x.Item.DocumentId, x.Item.EntityId, x.Item.Start, x.Item.End, x.Item.Surface, x.Order));

    public static IEnumerable<RelationRow> Relations(CorpusModel corpus, Func<Relation, bool>? keep = null)
    {
        var graphTypes = corpus.Vocabulary.RelationTypes.ToDictionary(t => t.Id, t => t.GraphType);
        return Kept(corpus.Relations, keep).Select(x => Relation(x.Item, x.Order, graphTypes));
    }

    private static IEnumerable<(T Item, int Order)> Kept<T>(IReadOnlyList<T> items, Func<T, bool>? keep) =>
        items.Select((item, order) => (item, order)).Where(x => keep is null || keep(x.item));

    private static DocumentRow Document(Document d, int order) =>
        new(d.Id, d.Title, d.Author, d.Date?.ToString(), d.Language, d.Notes, d.SourceFile, d.Text, d.Length, order);

    private static EntityRow Entity(Entity e, int order, Dictionary<string, string> labels) => new(
        e.Id,
        e.Kind,
        labels[e.Kind],
        labels.Values.Where(l => l != labels[e.Kind]).ToList(),
        e.Name,
        e.Aliases.Select(a => a.Name).ToList(),
        e.Aliases.Select(a => a.Type ?? "").ToList(),
        string.Join(NameSeparator, e.AllNames.Select(NameNormalizer.Normalize)),
        FullTextSearch.Terms(e.AllNames),
        e.Notes,
        e.Existence?.Date.ToString(),
        e.Existence?.Provenance.ToString(),
        order);

    private static RelationRow Relation(Relation r, int order, Dictionary<string, string> graphTypes) => new(
        r.Id,
        graphTypes[r.Type],
        r.Subject,
        r.Object,
        r.Date?.Date.ToString(),
        r.Date?.Provenance.ToString(),
        r.Span is not null,
        r.Span?.From,
        r.Span?.To,
        TimeViews.Name(r.Validity.Kind),
        r.Validity.From?.ToString(),
        r.Validity.To?.ToString(),
        r.Validity.From?.Year,
        r.Validity.To?.Year,
        r.Anchor is { } anchor ? TimelineKey.Of(anchor) : null,
        order,
        VoiceNames.Name(r.Voice.Source),
        r.Voice.AttributedTo,
        VoiceNames.Name(r.Voice.Stance),
        r.Voice.DisputedBy,
        r.Note,
        r.Evidence.FirstOrDefault()?.Quote,
        r.Evidence.Select(e => e.DocumentId).ToList(),
        r.Evidence.Select(e => e.Quote).ToList(),
        r.Evidence.Select(e => e.Start).ToList(),
        r.Evidence.Select(e => e.End).ToList());
}
