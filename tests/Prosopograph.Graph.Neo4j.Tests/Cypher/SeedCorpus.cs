using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Export;

namespace Prosopograph.Graph.Neo4j.Tests.Cypher;

/// <summary>The repository's seed corpus, loaded once, and the whole of it as an export selection.</summary>
public static class SeedCorpus
{
    private static readonly Lazy<CorpusModel> Corpus = new(() => CorpusLoader.Load(Path.Combine(RepositoryRoot.Path, "seed")).Corpus
        ?? throw new InvalidOperationException("The seed corpus does not load."));

    public static CorpusModel Model => Corpus.Value;

    public static Neo4jExportSelection Everything => new(Model, _ => true, _ => true);
}
