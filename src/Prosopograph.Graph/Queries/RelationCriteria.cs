using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Queries;

/// <summary>
/// What every query that returns relations can filter them by (lists, an entity's relations, the timeline,
/// neighbourhoods, paths, the export), held in one place so that a new filter is added once. Each set is a union;
/// null means no filter on that field. A type includes its narrower types unless <see cref="ExactTypes"/>.
/// Sources and stances are their lower-case names (<see cref="VoiceNames"/>).
/// </summary>
public sealed record RelationCriteria(
    IReadOnlySet<string>? Types = null,
    bool ExactTypes = false,
    IReadOnlySet<string>? Sources = null,
    IReadOnlySet<string>? Stances = null)
{
    public static RelationCriteria All { get; } = new();

    /// <summary>The type ids to keep, narrower types included unless exact; null keeps every type.</summary>
    public IReadOnlySet<string>? TypeSelection(Vocabulary vocabulary) =>
        Types is null ? null : ExactTypes ? Types : vocabulary.WithNarrower(Types);
}
