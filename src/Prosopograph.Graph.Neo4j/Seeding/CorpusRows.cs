using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Store;
using Prosopograph.Graph.Search;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Seeding;

/// <summary>Flattens the corpus model into the rows the seeding statements UNWIND.</summary>
internal static class CorpusRows
{
    /// <summary>Joins the folded names in searchText; no name contains it after folding, so a match never spans two names.</summary>
    public const string NameSeparator = " | ";

    public static IEnumerable<DocumentRow> Documents(CorpusModel corpus) =>
        corpus.Documents.Select((d, order) => new DocumentRow(
            d.Id, d.Title, d.Author, d.Date?.ToString(), d.Language, d.Notes, d.SourceFile, d.Text, d.Length, order));

    public static IEnumerable<EntityRow> Entities(CorpusModel corpus)
    {
        var labels = corpus.Vocabulary.EntityKinds.ToDictionary(k => k.Id, k => k.Label);
        return corpus.Entities.Select((e, order) => new EntityRow(
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
            order));
    }

    public static IEnumerable<MentionRow> Mentions(CorpusModel corpus) =>
        corpus.Mentions.Select((m, order) => new MentionRow(m.DocumentId, m.EntityId, m.Start, m.End, m.Surface, order));

    public static IEnumerable<RelationRow> Relations(CorpusModel corpus)
    {
        var graphTypes = corpus.Vocabulary.RelationTypes.ToDictionary(t => t.Id, t => t.GraphType);
        return corpus.Relations.Select((r, order) => new RelationRow(
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
            r.Evidence.Select(e => e.End).ToList()));
    }
}
