using System.Collections.Frozen;

namespace Prosopograph.Corpus.Model;

/// <summary>The whole validated corpus. Immutable: built once by <c>CorpusLoader</c>, shared by every store.</summary>
public sealed class CorpusModel
{
    public CorpusModel(
        string version,
        Vocabulary vocabulary,
        IReadOnlyList<Document> documents,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Relation> relations,
        IReadOnlyList<Mention> mentions)
    {
        Version = version;
        Vocabulary = vocabulary;
        Documents = documents;
        Entities = entities;
        Relations = relations;
        Mentions = mentions;
        EntitiesById = entities.ToFrozenDictionary(e => e.Id);
        DocumentsById = documents.ToFrozenDictionary(d => d.Id);
    }

    /// <summary>A content hash of the seed files: two corpora with the same version hold the same data.</summary>
    public string Version { get; }

    public Vocabulary Vocabulary { get; }

    public IReadOnlyList<Document> Documents { get; }

    public IReadOnlyList<Entity> Entities { get; }

    public IReadOnlyList<Relation> Relations { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public FrozenDictionary<string, Entity> EntitiesById { get; }

    public FrozenDictionary<string, Document> DocumentsById { get; }
}
