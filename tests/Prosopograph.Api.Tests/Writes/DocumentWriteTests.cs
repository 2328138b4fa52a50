using System.Net;
using System.Text.Json.Nodes;
using Prosopograph.Api.Hosting;

namespace Prosopograph.Api.Tests.Writes;

[Collection(ApiCollection.Name)]
public sealed class DocumentWriteTests(ApiFactory api) : IDisposable
{
    private readonly WritableCorpus _corpus = new(api);

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task ASecondDocumentPostedWithAKeyIsServedAtOnceEverywhereUnderANewDatasetVersion()
    {
        var client = _corpus.Writer();
        var before = (await client.GetAsync("/api/stats")).Headers.GetValues(DatasetVersionHeader.Name).Single();

        var created = await client.PostAsync("/api/documents", WritableCorpus.SecondDocumentForm());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/documents/001_sedova", created.Headers.Location?.OriginalString);
        var after = created.Headers.GetValues(DatasetVersionHeader.Name).Single();
        Assert.NotEqual(before, after);
        Assert.NotNull(created.Headers.ETag);
        Assert.Contains("natalia-sedova", await client.GetStringAsync("/api/entities?q=sedova"));
        Assert.Contains("r-sedova-opposed-stalin", await client.GetStringAsync("/api/entities/natalia-sedova/relations"));
        Assert.Contains("r-sedova-resided-in-mexico", await client.GetStringAsync("/api/timeline?entity=natalia-sedova"));
        var paths = await client.GetStringAsync("/api/paths?from=natalia-sedova&to=trotsky");
        Assert.Contains("r-sedova-opposed-stalin", paths);
        Assert.Contains("In 1937 Natalia Sedova", await client.GetStringAsync("/api/documents/001_sedova"));
        var stats = await client.GetAsync("/api/stats");
        Assert.Equal(after, stats.Headers.GetValues(DatasetVersionHeader.Name).Single());
    }

    [Fact]
    public async Task TheWrittenFilesAreWhatTheStartUpLoaderReadsBack()
    {
        var created = await _corpus.Writer().PostAsync("/api/documents", WritableCorpus.SecondDocumentForm());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var reloaded = Corpus.Loading.CorpusLoader.Load(_corpus.Folder);

        Assert.True(reloaded.Succeeded, string.Join("\n", reloaded.Errors));
        Assert.Equal(created.Headers.GetValues(DatasetVersionHeader.Name).Single(), reloaded.Corpus!.Version);
        Assert.Contains(reloaded.Corpus.Relations, r => r.Id == "r-sedova-opposed-stalin");
        Assert.DoesNotContain(Directory.GetFiles(_corpus.Documents), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public async Task PostingAnExistingIdIsAConflictAndChangesNothing()
    {
        var client = _corpus.Writer();
        await client.PostAsync("/api/documents", WritableCorpus.SecondDocumentForm());

        var again = await client.PostAsync("/api/documents", WritableCorpus.SecondDocumentForm(a => a.Replace("Natalia Sedova in Mexico", "Another title")));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Natalia Sedova in Mexico", await client.GetStringAsync("/api/documents/001_sedova"));
    }

    [Fact]
    public async Task ReplacingWithoutIfMatchIs428AndWithAStaleTagIs412()
    {
        var client = _corpus.Writer();
        var created = await client.PostAsync("/api/documents", WritableCorpus.SecondDocumentForm());
        var tag = created.Headers.ETag!.Tag;

        var missing = await client.PutAsync("/api/documents/001_sedova", WritableCorpus.SecondDocumentForm());
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);

        var first = new HttpRequestMessage(HttpMethod.Put, "/api/documents/001_sedova") { Content = WritableCorpus.SecondDocumentForm(a => a.Replace("(test fixture)", "(revised)")) };
        first.Headers.TryAddWithoutValidation("If-Match", tag);
        var replaced = await client.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(tag, replaced.Headers.ETag!.Tag);

        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/documents/001_sedova") { Content = WritableCorpus.SecondDocumentForm(a => a.Replace("(test fixture)", "(lost)")) };
        stale.Headers.TryAddWithoutValidation("If-Match", tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(stale)).StatusCode);

        var current = await client.GetAsync("/api/documents/001_sedova");
        Assert.Equal(replaced.Headers.ETag, current.Headers.ETag);
        Assert.Contains("(revised)", await current.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeletingADocumentWhoseEntitiesAnotherDocumentUsesIsRefusedWithTheDanglingReferences()
    {
        var client = _corpus.Writer();
        await client.PostAsync("/api/documents", WritableCorpus.SecondDocumentForm());

        var refused = await client.DeleteAsync("/api/documents/000_eeff958d94dd4f42");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var errors = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["detail"]!.GetValue<string>() == "relation r-sedova-opposed-stalin: unknown entity 'stalin' as object"
            && e["file"]!.GetValue<string>() == "seed/documents/001_sedova.yaml");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents/000_eeff958d94dd4f42")).StatusCode);
    }

    [Fact]
    public async Task ADocumentThatDeclaresTheEntitiesItSharesOutlivesTheEssay()
    {
        var client = _corpus.Writer();
        var coOwned = WritableCorpus.SecondDocumentForm(a => a.Replace("entities:\n", """
            entities:
              - id: stalin
                kind: person
                name: Joseph Stalin
              - id: mexico
                kind: state
                name: Mexico

            """));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/documents", coOwned)).StatusCode);

        var deleted = await client.DeleteAsync("/api/documents/000_eeff958d94dd4f42");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/000_eeff958d94dd4f42")).StatusCode);
        Assert.Contains("r-sedova-opposed-stalin", await client.GetStringAsync("/api/entities/stalin/relations"));
        Assert.True(Corpus.Loading.CorpusLoader.Load(_corpus.Folder).Succeeded);
        Assert.DoesNotContain(Directory.GetFiles(_corpus.Documents), f => f.Contains("000_eeff958d94dd4f42", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADryRunAnswersLikeAWriteAndWritesNothing()
    {
        var client = _corpus.Writer();
        var files = Directory.GetFiles(_corpus.Documents).Order().ToList();

        var dryRun = await client.PostAsync("/api/documents/validate", WritableCorpus.SecondDocumentForm());

        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.Equal(2, JsonNode.Parse(await dryRun.Content.ReadAsStringAsync())!["relations"]!.GetValue<int>());
        Assert.Equal(files, Directory.GetFiles(_corpus.Documents).Order().ToList());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/001_sedova")).StatusCode);
    }
}
