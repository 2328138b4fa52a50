using Prosopograph.Corpus.Loading;

namespace Prosopograph.Corpus.Tests;

internal static class TestCorpora
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Corpora", name);

    public static CorpusLoadResult Load(string name) => CorpusLoader.Load(PathOf(name));

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "seed");
}
