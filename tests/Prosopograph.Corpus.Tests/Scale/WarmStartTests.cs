using System.Text;
using System.Text.Json;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Corpus.Snapshots;
using Prosopograph.Corpus.Writing;

namespace Prosopograph.Corpus.Tests.Scale;

/// <summary>
/// A second start over the same files reads the validated corpus from its snapshot; any change to any file, a damaged
/// snapshot, or a write through the writer sends the next start back to the files, never to a stale or broken model.
/// </summary>
public sealed class WarmStartTests : IDisposable
{
    private readonly SnapshotFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheSecondStartReadsTheSnapshotAndGetsAnEqualCorpus()
    {
        var cold = WarmStart.Load(_folder.Corpus, _folder.Cache);
        var warm = WarmStart.Load(_folder.Corpus, _folder.Cache);

        Assert.False(cold.FromSnapshot);
        Assert.True(warm.FromSnapshot);
        Assert.Equal(Json(CorpusLoader.Load(_folder.Corpus).Corpus!), Json(warm.Result.Corpus!));
        Assert.Equal(Json(cold.Result.Corpus!), Json(warm.Result.Corpus!));
    }

    [Fact]
    public void TheSnapshotSharesOneInstanceOfEachIdAcrossTheModel()
    {
        WarmStart.Load(_folder.Corpus, _folder.Cache);
        var corpus = WarmStart.Load(_folder.Corpus, _folder.Cache).Result.Corpus!;

        Assert.All(corpus.Relations, r => Assert.Same(corpus.EntitiesById[r.Subject].Id, r.Subject));
        Assert.All(corpus.Mentions, m => Assert.Same(corpus.DocumentsById[m.DocumentId].Id, m.DocumentId));
    }

    [Fact]
    public void ChangingOneByteOfAnyFileSendsTheNextStartToTheFiles()
    {
        WarmStart.Load(_folder.Corpus, _folder.Cache);
        var bytes = File.ReadAllBytes(_folder.Annotation);
        bytes[2] = (byte)(bytes[2] == (byte)'x' ? 'y' : 'x'); // inside the opening comment: the corpus itself is unchanged
        File.WriteAllBytes(_folder.Annotation, bytes);

        var afterChange = WarmStart.Load(_folder.Corpus, _folder.Cache);

        Assert.False(afterChange.FromSnapshot);
        Assert.Contains(afterChange.Notes, n => n.Message.Contains("changed", StringComparison.Ordinal));
        Assert.True(WarmStart.Load(_folder.Corpus, _folder.Cache).FromSnapshot);
    }

    [Fact]
    public void AnAddedFileSendsTheNextStartToTheFiles()
    {
        WarmStart.Load(_folder.Corpus, _folder.Cache);
        File.WriteAllText(Path.Combine(_folder.Corpus, "documents", "notes.md"), "not read by the loader, but a change all the same");

        Assert.False(WarmStart.Load(_folder.Corpus, _folder.Cache).FromSnapshot);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    public void ADamagedSnapshotIsIgnoredWithANoteAndTheFilesAreLoaded(string damage)
    {
        var cold = WarmStart.Load(_folder.Corpus, _folder.Cache);
        var bytes = File.ReadAllBytes(_folder.Snapshot);
        File.WriteAllBytes(_folder.Snapshot, damage switch
        {
            "flip" => [.. bytes[..^100], (byte)~bytes[^100], .. bytes[^99..]],
            "truncate" => bytes[..(bytes.Length / 2)],
            _ => Encoding.UTF8.GetBytes("not a snapshot at all"),
        });

        var afterDamage = WarmStart.Load(_folder.Corpus, _folder.Cache);

        Assert.False(afterDamage.FromSnapshot);
        Assert.Contains(afterDamage.Notes, n => n.IsProblem && n.Message.Contains(_folder.Snapshot, StringComparison.Ordinal));
        Assert.Equal(Json(cold.Result.Corpus!), Json(afterDamage.Result.Corpus!));
        Assert.True(WarmStart.Load(_folder.Corpus, _folder.Cache).FromSnapshot); // rewritten whole
    }

    [Fact]
    public void AnInvalidCorpusGivesTheLoadersErrorsAndNoSnapshot()
    {
        File.AppendAllText(_folder.Annotation, "  - id: nobody\n    kind: ghost\n    name: No One\n");

        var result = WarmStart.Load(_folder.Corpus, _folder.Cache);

        Assert.False(result.Result.Succeeded);
        Assert.Equal(CorpusLoader.Load(_folder.Corpus).Errors, result.Result.Errors);
        Assert.False(Directory.Exists(_folder.Cache) && Directory.GetFiles(_folder.Cache).Length > 0);
    }

    [Fact]
    public async Task AfterAWriteTheNextStartLoadsTheWrittenCorpusNotTheSnapshot()
    {
        var before = WarmStart.Load(_folder.Corpus, _folder.Cache).Result.Corpus!;
        var writer = new CorpusWriter(new CorpusFolder(_folder.Corpus), before, _ => { });
        var annotation = """
            document:
              id: postscript
              text: postscript.txt
              title: A postscript
              author: Tester
              language: en
            """;

        var outcome = await writer.WriteAsync(new DocumentChange.Put("postscript", annotation, "Stalin outlived them all."), null, false, CancellationToken.None);
        var next = WarmStart.Load(_folder.Corpus, _folder.Cache);

        Assert.Equal(WriteStatus.Created, outcome.Status);
        Assert.False(next.FromSnapshot);
        Assert.Contains(next.Result.Corpus!.Documents, d => d.Id == "postscript");
        Assert.NotEqual(before.Version, next.Result.Corpus!.Version);
        Assert.Contains(WarmStart.Load(_folder.Corpus, _folder.Cache).Result.Corpus!.Documents, d => d.Id == "postscript");
    }

    [Fact]
    public void ACacheFolderThatCannotBeWrittenIsANoteNotAFailure()
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_folder.Cache)!, "blocker"), "a file where the cache folder would be");
        var blocked = Path.Combine(Path.GetDirectoryName(_folder.Cache)!, "blocker", "cache");

        var result = WarmStart.Load(_folder.Corpus, blocked);

        Assert.True(result.Result.Succeeded);
        Assert.Contains(result.Notes, n => n.IsProblem);
    }

    // Every public property, the lookups and computed ones included: two models that serialise alike hold the same data.
    private static string Json(CorpusModel corpus) => JsonSerializer.Serialize(corpus);
}
