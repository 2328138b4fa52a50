using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Prosopograph.Corpus.Tests;

/// <summary>The published JSON Schema must accept every annotation the loader accepts, and reject what it rejects.</summary>
public sealed class AnnotationSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(RepositoryPaths.Root, "docs", "schema", "annotation.schema.json"));

    public static TheoryData<string> ValidAnnotations() =>
    [
        .. Directory.GetFiles(Path.Combine(TestCorpora.SeedPath, "documents"), "*.yaml"),
        Path.Combine(TestCorpora.PathOf("valid"), "documents", "sample.yaml"),
    ];

    [Theory]
    [MemberData(nameof(ValidAnnotations))]
    public void SchemaAcceptsEveryAnnotationTheLoaderAccepts(string path)
    {
        var result = Schema.Evaluate(ToElement(YamlAsJson.Read(path)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("malformed-date")]
    [InlineData("editorial-date-without-note")]
    [InlineData("provenance-mismatch")]
    [InlineData("unknown-provenance")]
    [InlineData("quote-not-in-text")]
    public void SchemaRejectsWhatItCanSee(string folder)
    {
        var path = Path.Combine(TestCorpora.PathOf(folder), "documents", "sample.yaml");
        var json = YamlAsJson.Read(path)!;
        if (folder == "quote-not-in-text")
        {
            // A schema cannot read the text, so plant a shape error it can see: an asserted claim with an attribution.
            json["relations"]![0]!["attributedTo"] = "stalin";
        }

        Assert.False(Schema.Evaluate(ToElement(json)).IsValid);
    }

    private static JsonElement ToElement(JsonNode? node) => JsonSerializer.SerializeToElement(node);
}
