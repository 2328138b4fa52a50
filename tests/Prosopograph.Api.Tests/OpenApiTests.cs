using System.Text.Json;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class OpenApiTests(ApiFactory api)
{
    // Written by the build (OpenApiDocumentsDirectory) and committed, so contract changes show in diffs.
    private static readonly string GeneratedDocument = Path.Combine(RepositoryRoot(), "docs", "openapi", "Prosopograph.Api.json");

    [Fact]
    public void EveryOperationInTheGeneratedDocumentHasAnOperationIdAndASummary()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(GeneratedDocument));

        var operations = Operations(document).ToList();

        Assert.True(operations.Count >= 15, $"{operations.Count} operations");
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.OperationId), $"{o.Route} has no operationId"));
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Summary), $"{o.Route} has no summary"));
        Assert.Equal(operations.Count, operations.Select(o => o.OperationId).Distinct().Count());
    }

    [Fact]
    public void EveryParameterInTheGeneratedDocumentIsDescribed()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(GeneratedDocument));

        var parameters = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().SelectMany(op =>
                op.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(p => (Route: path.Name, Parameter: p)) : []))
            .ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, p => Assert.True(p.Parameter.TryGetProperty("description", out _), $"{p.Route} {p.Parameter.GetProperty("name")}"));
    }

    [Theory]
    [InlineData("1927")]
    [InlineData("1927-11-12")]
    [InlineData("1925~")]
    [InlineData("1923/1925")]
    [InlineData("1923/..")]
    [InlineData("/1924")]
    public void TheDocumentedEdtfPatternAcceptsEveryFormTheLoaderAccepts(string edtf)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(GeneratedDocument));
        var schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("DateItem");

        Assert.Contains("EDTF", schema.GetProperty("description").GetString());
        var pattern = schema.GetProperty("properties").GetProperty("edtf").GetProperty("pattern").GetString()!;
        Assert.Matches(pattern, edtf);
        Assert.DoesNotMatch(pattern, "November 1927");
    }

    [Fact]
    public async Task TheServedDocumentHasTheSameOperationsAsTheCommittedOne()
    {
        using var served = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/openapi/v1.json"));
        using var committed = JsonDocument.Parse(File.ReadAllText(GeneratedDocument));

        Assert.Equal(Operations(committed).Select(o => o.OperationId).Order(), Operations(served).Select(o => o.OperationId).Order());
        var description = served.RootElement.GetProperty("info").GetProperty("description").GetString();
        Assert.Contains("\"As of\" a year", description, StringComparison.Ordinal);
        Assert.Contains("`1927` < `1927-01`", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRootLeadsToTheInteractiveDocs()
    {
        var client = api.CreateClient(new() { AllowAutoRedirect = false });

        var root = await client.GetAsync("/");
        var docs = await api.CreateClient().GetStringAsync("/scalar");

        Assert.Equal("/scalar", root.Headers.Location?.OriginalString);
        Assert.Contains("<title>Prosopograph API</title>", docs, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Route, string? OperationId, string? Summary)> Operations(JsonDocument document) =>
        document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject().Select(op => (
            $"{op.Name.ToUpperInvariant()} {path.Name}",
            op.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null,
            op.Value.TryGetProperty("summary", out var summary) ? summary.GetString() : null)));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Prosopograph.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Prosopograph.slnx above {AppContext.BaseDirectory}.");
    }
}
