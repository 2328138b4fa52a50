namespace Prosopograph.Corpus.Tests.Scale;

/// <summary>A copy of the seed corpus and an empty cache folder beside it, both deleted afterwards.</summary>
internal sealed class SnapshotFolder : IDisposable
{
    public SnapshotFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "prosopograph-warm-" + Guid.NewGuid().ToString("N"));
        Corpus = Path.Combine(root, "corpus");
        Cache = Path.Combine(root, "cache");
        Directory.CreateDirectory(Path.Combine(Corpus, "documents"));
        File.Copy(Path.Combine(TestCorpora.SeedPath, "vocabulary.yaml"), Path.Combine(Corpus, "vocabulary.yaml"));
        foreach (var file in Directory.GetFiles(Path.Combine(TestCorpora.SeedPath, "documents")))
        {
            File.Copy(file, Path.Combine(Corpus, "documents", Path.GetFileName(file)));
        }
    }

    public string Corpus { get; }

    public string Cache { get; }

    public string Annotation => Directory.GetFiles(Path.Combine(Corpus, "documents"), "*.yaml").Single();

    public string Snapshot => Directory.GetFiles(Cache, "*.snapshot").Single();

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Corpus)!, recursive: true);
}
