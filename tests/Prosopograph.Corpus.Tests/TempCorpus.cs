using Prosopograph.Corpus.Loading;

namespace Prosopograph.Corpus.Tests;

/// <summary>A throw-away corpus folder: the valid sample's vocabulary plus the documents a test writes.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "prosopograph-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "documents"));
        File.Copy(Path.Combine(TestCorpora.PathOf("valid"), "vocabulary.yaml"), Path.Combine(Root, "vocabulary.yaml"));
    }

    public string Root { get; }

    public TempCorpus WithDocument(string id, string text, string entitiesAndRelations)
    {
        File.WriteAllText(Path.Combine(Root, "documents", id + ".txt"), text);
        File.WriteAllText(Path.Combine(Root, "documents", id + ".yaml"), $"""
            document:
              id: {id}
              text: {id}.txt
              title: Test {id}
              author: Tester
              language: en
            {entitiesAndRelations}
            """);
        return this;
    }

    public CorpusLoadResult Load() => CorpusLoader.Load(Root);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
