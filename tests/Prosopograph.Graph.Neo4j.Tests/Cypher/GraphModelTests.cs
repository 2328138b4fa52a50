using System.Text.Json;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Cypher;

namespace Prosopograph.Graph.Neo4j.Tests.Cypher;

/// <summary>Keeps the schema statements and the lint schema in step with the vocabulary the seed corpus declares.</summary>
public sealed class GraphModelTests
{
    private static readonly Lazy<Vocabulary> SeedVocabulary = new(() =>
    {
        var result = CorpusLoader.Load(Path.Combine(RepositoryRoot.Path, "seed"));
        return (result.Corpus ?? throw new CorpusValidationException(result.Errors)).Vocabulary;
    });

    private static JsonElement LintSchema =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Prosopograph.Graph.Neo4j", "Cypher", "graph-schema.json"))).RootElement;

    private static IEnumerable<string> Strings(JsonElement list) => list.EnumerateArray().Select(e => e.GetString()!);

    [Fact]
    public void EveryEntityKindHasItsUniqueIdConstraint()
    {
        foreach (var kind in SeedVocabulary.Value.EntityKinds)
        {
            var constraint = SeedStatements.Schema.SingleOrDefault(s => s.Name == $"{kind.Label.ToLowerInvariant()}-id-unique");
            Assert.True(constraint is not null, $"no constraint statement for :{kind.Label}");
            Assert.Contains($"FOR (n:{kind.Label}) REQUIRE n.id IS UNIQUE", constraint.Text);
        }
    }

    [Fact]
    public void TheLintSchemaNamesExactlyTheLabelsAndTypesTheSeederWrites()
    {
        var vocabulary = SeedVocabulary.Value;

        Assert.Equal(
            vocabulary.EntityKinds.Select(k => k.Label).Append("Entity").Append("Document").Order(),
            Strings(LintSchema.GetProperty("labels")).Order());
        Assert.Equal(
            vocabulary.RelationTypes.Select(t => t.GraphType).Append("MENTIONS").Order(),
            Strings(LintSchema.GetProperty("relationshipTypes")).Order());
    }
}
