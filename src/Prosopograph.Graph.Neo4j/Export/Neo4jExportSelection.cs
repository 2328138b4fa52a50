using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Seeding;

namespace Prosopograph.Graph.Neo4j.Export;

/// <summary>
/// The part of the corpus an export holds, as the rows the seeding statements UNWIND: whatever is exported is the
/// graph the Neo4j store seeds, row for row. A document goes with the export when an exported relation quotes it or
/// it mentions an exported entity; a mention goes with its entity. Rows are made as they are read, each time the
/// export is enumerated; only the ids of the documents to keep are held, at most one per document.
/// </summary>
public sealed class Neo4jExportSelection(CorpusModel corpus, Func<string, bool> holdsEntity, Func<Relation, bool> holdsRelation)
{
    public string Version => corpus.Version;

    private HashSet<string> DocumentIds() => corpus.Relations
        .Where(holdsRelation)
        .SelectMany(r => r.Evidence.Select(e => e.DocumentId))
        .Concat(corpus.Mentions.Where(m => holdsEntity(m.EntityId)).Select(m => m.DocumentId))
        .ToHashSet(StringComparer.Ordinal);

    internal IEnumerable<DocumentRow> Documents()
    {
        var documents = DocumentIds();
        return CorpusRows.Documents(corpus, d => documents.Contains(d.Id));
    }

    internal IEnumerable<EntityRow> Entities() => CorpusRows.Entities(corpus, e => holdsEntity(e.Id));

    internal IEnumerable<MentionRow> Mentions() => CorpusRows.Mentions(corpus, m => holdsEntity(m.EntityId));

    internal IEnumerable<RelationRow> Relations() => CorpusRows.Relations(corpus, holdsRelation);
}
