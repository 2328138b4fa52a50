using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Prosopograph.Corpus.Loading;

namespace Prosopograph.Api.Tests.Writes;

[Collection(ApiCollection.Name)]
public sealed class WriteErrorTests(ApiFactory api) : IDisposable
{
    private readonly WritableCorpus _corpus = new(api);

    public void Dispose() => _corpus.Dispose();

    /// <summary>A one-relation document as a JSON body (document.text left out, as the API allows): Trotsky opposed someone.</summary>
    private static JsonObject JsonBody(string text, string title, string @object, string quote) => new()
    {
        ["text"] = text,
        ["annotation"] = new JsonObject
        {
            ["document"] = new JsonObject { ["id"] = "002_json", ["title"] = title, ["author"] = "A", ["language"] = "en" },
            ["relations"] = new JsonArray(new JsonObject
            {
                ["id"] = "r-json", ["type"] = "opposed", ["subject"] = "trotsky", ["object"] = @object,
                ["evidence"] = new JsonArray(new JsonObject { ["quote"] = quote }),
            }),
        },
    };

    private static string BrokenAnnotation(string annotation) => annotation
        .Replace("object: mexico", "object: mexicoo", StringComparison.Ordinal)
        .Replace("type: opposed", "type: opposd", StringComparison.Ordinal)
        .Replace("She condemned Stalin", "She condemned Stalinn", StringComparison.Ordinal);

    [Fact]
    public async Task AnInvalidYamlDocumentIs422WithEveryErrorAtItsLineAndColumnAndNothingIsWritten()
    {
        var files = Directory.GetFiles(_corpus.Documents).Order().ToList();

        var response = await _corpus.Writer().PostAsync("/api/documents", WritableCorpus.SecondDocumentForm(BrokenAnnotation));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Equal(3, errors.Count);
        var unknown = Assert.Single(errors, e => e!["detail"]!.GetValue<string>().Contains("'mexicoo'", StringComparison.Ordinal))!;
        var annotation = BrokenAnnotation(File.ReadAllText(WritableCorpus.FixturePath("001_sedova.yaml"))).Split('\n');
        var line = unknown["line"]!.GetValue<int>();
        Assert.Equal("    object: mexicoo", annotation[line - 1]);
        Assert.Equal(5, unknown["column"]!.GetValue<int>());
        Assert.Equal("annotation", unknown["file"]!.GetValue<string>());
        Assert.Equal(files, Directory.GetFiles(_corpus.Documents).Order().ToList());
    }

    [Fact]
    public async Task TheErrorsAreTheStartUpLoadersOwnMessages()
    {
        var response = await _corpus.Writer().PostAsync("/api/documents", WritableCorpus.SecondDocumentForm(BrokenAnnotation));
        var reported = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray()
            .Select(e => (e!["line"]!.GetValue<int>(), e["detail"]!.GetValue<string>())).ToList();

        // The same document dropped into a copy of the corpus folder by hand, then loaded as at start-up.
        File.WriteAllText(Path.Combine(_corpus.Documents, "001_sedova.yaml"), BrokenAnnotation(File.ReadAllText(WritableCorpus.FixturePath("001_sedova.yaml"))));
        File.Copy(WritableCorpus.FixturePath("001_sedova.txt"), Path.Combine(_corpus.Documents, "001_sedova.txt"));
        var atStartUp = CorpusLoader.Load(_corpus.Folder).Errors.Select(e => (e.Line, e.Message)).ToList();

        Assert.Equal(atStartUp, reported);
    }

    [Fact]
    public async Task AnInvalidJsonDocumentIs422WithAPointerToEachField()
    {
        var body = JsonBody(File.ReadAllText(WritableCorpus.FixturePath("001_sedova.txt")), title: "T", @object: "stalinn", quote: "not in this text");

        var response = await _corpus.Writer().PostAsJsonAsync("/api/documents", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Equal(
            ["/annotation/relations/0/evidence/0/quote", "/annotation/relations/0/object"],
            errors.Select(e => e!["pointer"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AValidJsonDocumentIsStoredAsYamlThatAScholarCanDiff()
    {
        var body = JsonBody("Trotsky opposed Stalin.", title: "1927", @object: "stalin", quote: "Trotsky opposed Stalin");

        var response = await _corpus.Writer().PostAsJsonAsync("/api/documents", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = File.ReadAllText(Path.Combine(_corpus.Documents, "002_json.yaml"));
        Assert.Contains("subject: trotsky", stored, StringComparison.Ordinal);
        Assert.Equal("1927", CorpusLoader.Load(_corpus.Folder).Corpus!.DocumentsById["002_json"].Title);
    }

    [Fact]
    public async Task AnIdThatIsNoFileNameIsRefusedBeforeAnythingTouchesTheDisk()
    {
        var response = await _corpus.Writer().PostAsync("/api/documents",
            WritableCorpus.SecondDocumentForm(a => a.Replace("id: 001_sedova", "id: ../escape", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("must be lower-case letters", await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(_corpus.Folder, "escape.yaml")));
    }

    [Fact]
    public async Task ABodyAboveTheSizeLimitIs413()
    {
        using var small = new WritableCorpus(api, new Dictionary<string, string?> { ["Api:MaxDocumentBytes"] = "2048" });
        var text = new string('x', 4096);

        var response = await small.Writer().PostAsync("/api/documents", WritableCorpus.Form("document: {}", text));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 2048 bytes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WritesBeyondTheRateLimitAre429WithRetryAfter()
    {
        using var limited = new WritableCorpus(api, new Dictionary<string, string?> { ["Api:WritesPerMinute"] = "2" });
        var client = limited.Writer();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsync("/api/documents/validate", WritableCorpus.SecondDocumentForm())).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var refused = await client.PostAsync("/api/documents/validate", WritableCorpus.SecondDocumentForm());
        Assert.True(refused.Headers.RetryAfter is not null);
    }
}
