using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>From the corpus model to the views every store returns.</summary>
internal static class ViewMapping
{
    public static EntityRef ToRef(this Entity entity) => new(entity.Id, entity.Name, entity.Kind);

    public static IReadOnlyList<AliasView> ToViews(this IReadOnlyList<Alias> aliases) => aliases.Select(a => new AliasView(a.Name, a.Type)).ToList();

    public static EntitySummary ToSummary(this Entity entity) => new(entity.Id, entity.Kind, entity.Name, entity.Aliases.ToViews(), entity.Existence?.ToView());

    public static GraphNode ToNode(this Entity entity, int depth) => new(entity.Id, entity.Kind, entity.Name, depth);

    public static EvidenceView ToView(this Evidence evidence) => new(evidence.DocumentId, evidence.Quote, evidence.Start, evidence.End);

    public static RelationView ToView(this Relation relation, CorpusModel corpus) => new(
        relation.Id,
        relation.Type,
        corpus.EntitiesById[relation.Subject].ToRef(),
        corpus.EntitiesById[relation.Object].ToRef(),
        relation.Date?.ToView(),
        relation.Validity.ToView(),
        relation.Voice.ToView(corpus),
        relation.Evidence.Select(ToView).ToList(),
        relation.Note);

    public static VoiceView ToView(this Voice voice, CorpusModel corpus) => new(
        VoiceNames.Name(voice.Source),
        voice.AttributedTo is { } by ? corpus.EntitiesById[by].ToRef() : null,
        VoiceNames.Name(voice.Stance),
        voice.DisputedBy);

    public static LinkVoice ToLink(this Voice voice) =>
        new(VoiceNames.Name(voice.Source), voice.AttributedTo, VoiceNames.Name(voice.Stance), voice.DisputedBy);

    public static DocumentSummary ToSummary(this Document document) =>
        new(document.Id, document.Title, document.Author, document.Date?.ToString(), document.Language, document.Length);

    public static DocumentDetail ToDetail(this Document document) =>
        new(document.Id, document.Title, document.Author, document.Date?.ToString(), document.Language, document.Length, document.Notes, document.Text);
}
