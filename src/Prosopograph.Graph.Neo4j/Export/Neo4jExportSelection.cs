using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Seeding;

namespace Prosopograph.Graph.Neo4j.Export;

/// <summary>
/// The part of the corpus an export holds, as the rows the seeding statements UNWIND: whatever is exported is the
/// graph the Neo4j store seeds, row for row. A document goes with the export when an exported relation quotes it or
/// it mentions an exported entity; a mention goes with its entity.
/// </summary>
public sealed class Neo4jExportSelection(CorpusModel corpus, IReadOnlySet<string> entityIds, IReadOnlySet<string> relationIds)
{
    public string Version => corpus.Version;

    private HashSet<string> DocumentIds => corpus.Relations
        .Where(r => relationIds.Contains(r.Id))
        .SelectMany(r => r.Evidence.Select(e => e.DocumentId))
        .Concat(corpus.Mentions.Where(m => entityIds.Contains(m.EntityId)).Select(m => m.DocumentId))
        .ToHashSet(StringComparer.Ordinal);

    internal IEnumerable<DocumentRow> Documents()
    {
        var documents = DocumentIds;
        return CorpusRows.Documents(corpus).Where(d => documents.Contains(d.Id));
    }

    internal IEnumerable<EntityRow> Entities() => CorpusRows.Entities(corpus).Where(e => entityIds.Contains(e.Id));

    internal IEnumerable<MentionRow> Mentions() => CorpusRows.Mentions(corpus).Where(m => entityIds.Contains(m.EntityId));

    internal IEnumerable<RelationRow> Relations() => CorpusRows.Relations(corpus).Where(r => relationIds.Contains(r.Id));
}
