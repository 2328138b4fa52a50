using System.Text;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

/// <summary>docs/vocabulary.md is rendered from seed/vocabulary.yaml, so the documentation cannot drift from the data.</summary>
public sealed class VocabularyDocsTests
{
    [Fact]
    public void VocabularyDocumentMatchesTheSeedVocabulary()
    {
        var corpus = CorpusLoader.Load(TestCorpora.SeedPath).Corpus;
        Assert.NotNull(corpus);
        var docPath = Path.Combine(RepositoryPaths.Root, "docs", "vocabulary.md");
        var expected = Render(corpus);

        if (Environment.GetEnvironmentVariable("PROSOPOGRAPH_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(docPath, expected);
        }

        Assert.True(File.Exists(docPath), "docs/vocabulary.md is missing: run PROSOPOGRAPH_UPDATE_DOCS=1 dotnet test --filter VocabularyDocs");
        Assert.True(
            File.ReadAllText(docPath) == expected,
            "docs/vocabulary.md is stale: run PROSOPOGRAPH_UPDATE_DOCS=1 dotnet test --filter VocabularyDocs");
    }

    private static string Render(CorpusModel corpus)
    {
        var text = new StringBuilder();
        text.AppendLine("# Vocabulary");
        text.AppendLine();
        text.AppendLine("Generated from `seed/vocabulary.yaml` by `VocabularyDocsTests`; counts are for the seed corpus.");
        text.AppendLine();
        text.AppendLine("## Entity kinds");
        text.AppendLine();
        text.AppendLine("| kind | Neo4j label | entities | description |");
        text.AppendLine("|---|---|---|---|");
        foreach (var kind in corpus.Vocabulary.EntityKinds)
        {
            text.AppendLine($"| `{kind.Id}` | `:{kind.Label}` | {corpus.Entities.Count(e => e.Kind == kind.Id)} | {kind.Description} |");
        }

        text.AppendLine();
        text.AppendLine("## Relation types");
        text.AppendLine();
        text.AppendLine("| type | reads | inverse | broader | family | subject kinds | object kinds | symmetric | temporal | relations | description |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var type in corpus.Vocabulary.RelationTypes)
        {
            text.AppendLine(
                $"| `{type.Id}` (`{type.GraphType}`) | {type.Label} | {type.Inverse} | {(type.Broader is { } b ? $"`{b}`" : "")} | {type.Family} | " +
                $"{string.Join(", ", type.SubjectKinds)} | {string.Join(", ", type.ObjectKinds)} | {(type.Symmetric ? "yes" : "no")} | " +
                $"{type.Temporal.ToString().ToLowerInvariant()} | {corpus.Relations.Count(r => r.Type == type.Id)} | {type.Description} |");
        }

        RenderTree(corpus, text);
        return text.ToString();
    }

    // The type tree by family: a type filter (`type=killed`) includes every type below the one named.
    private static void RenderTree(CorpusModel corpus, StringBuilder text)
    {
        var vocabulary = corpus.Vocabulary;
        text.AppendLine();
        text.AppendLine("## Type tree and families");
        text.AppendLine();
        text.AppendLine("Narrower types sit under their broader type (SKOS `broader`); asking for a type (`type=killed`) also returns");
        text.AppendLine("its narrower types unless `exact=true`. A narrower type without a family of its own is in its broader type's family.");
        foreach (var family in vocabulary.RelationTypes.GroupBy(t => t.Family))
        {
            text.AppendLine();
            text.AppendLine(family.Key is { } name ? $"### Family `{name}`" : "### No family");
            text.AppendLine();
            foreach (var root in family.Where(t => t.Broader is null || vocabulary.FindType(t.Broader)?.Family != t.Family))
            {
                RenderBranch(vocabulary, root.Id, 0, text);
            }
        }
    }

    private static void RenderBranch(Vocabulary vocabulary, string id, int depth, StringBuilder text)
    {
        text.AppendLine($"{new string(' ', depth * 2)}- `{id}`");
        foreach (var narrower in vocabulary.NarrowerOf(id))
        {
            RenderBranch(vocabulary, narrower, depth + 1, text);
        }
    }
}
