using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;

namespace Prosopograph.CorpusGenerator.Tests;

/// <summary>One small generated corpus (2,000 relations, seed 42), written and loaded once for the tests that read it.</summary>
public sealed class GeneratedCorpus : IDisposable
{
    public const int Relations = 2000;

    public GeneratedCorpus()
    {
        Root = NewFolder();
        Summary = CorpusGenerator.Generate(new GeneratorOptions(Relations, 42, Root));
        Load = CorpusLoader.Load(Root);
    }

    public string Root { get; }

    public GenerationSummary Summary { get; }

    public CorpusLoadResult Load { get; }

    public CorpusModel Model => Load.Corpus ?? throw new InvalidOperationException(string.Join("\n", Load.Errors.Take(20)));

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "prosopograph-gen-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
