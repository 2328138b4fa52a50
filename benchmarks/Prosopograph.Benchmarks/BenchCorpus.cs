using System.Text.Json;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Embedded;

namespace Prosopograph.Benchmarks;

/// <summary>
/// The corpus under measurement: the folder in PROSOPOGRAPH_BENCH_CORPUS (a generated corpus), else the seed essay.
/// It is loaded once per process and shared by every benchmark class, since the benchmarks run in process.
/// </summary>
public sealed class BenchCorpus
{
    public const string Variable = "PROSOPOGRAPH_BENCH_CORPUS";

    private static readonly Lazy<BenchCorpus> Shared = new(() => new BenchCorpus(Folder));

    private BenchCorpus(string folder)
    {
        var result = CorpusLoader.Load(folder);
        Model = result.Corpus ?? throw new InvalidOperationException($"{folder} is not a valid corpus: {string.Join("; ", result.Errors.Take(5))}");
        Store = new EmbeddedGraphStore();
        Store.Load(Model);
        Samples = BenchSamples.Read(folder, Model);
    }

    public static string Folder => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "seed");

    public static BenchCorpus Current => Shared.Value;

    public CorpusModel Model { get; }

    public EmbeddedGraphStore Store { get; }

    public BenchSamples Samples { get; }
}

/// <summary>
/// What to ask for: the corpus manifest's hub, ordinary entity, path pair and search terms for a generated corpus,
/// the essay's own figures (Trotsky, Mercader, Lenin) for the seed.
/// </summary>
public sealed record BenchSamples(string Hub, string Ordinary, string PathFrom, string PathTo, string ExactSearch, string FuzzySearch, string RelationId)
{
    public static BenchSamples Read(string folder, CorpusModel model)
    {
        var manifestPath = Path.Combine(folder, "corpus-manifest.json");
        var relation = model.Relations[model.Relations.Count / 2].Id;
        if (!File.Exists(manifestPath))
        {
            return new BenchSamples("trotsky", "mercader", "mercader", "lenin", "Trotsky", "trotksy", relation);
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var root = manifest.RootElement;
        string Text(string property, string inner) => root.GetProperty(property).GetProperty(inner).GetString()!;
        return new BenchSamples(
            root.GetProperty("hubs")[0].GetProperty("id").GetString()!,
            Text("ordinary", "id"),
            Text("path", "from"),
            Text("path", "to"),
            Text("search", "exact"),
            Text("search", "fuzzy"),
            relation);
    }
}
