using System.Globalization;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.SeedingMeasurement;

/// <summary>A corpus folder (e.g. /work/corpora/1000000) or a synthetic corpus of N relations made in memory.</summary>
internal sealed record Arguments(string? Corpus, int? Synthetic, int Batch)
{
    public string Source => Corpus ?? $"synthetic {Synthetic} relations";

    public static Arguments Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int? Number(string name) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        var arguments = new Arguments(Value("--corpus"), Number("--synthetic"), Number("--batch") ?? 500);
        return arguments.Corpus is null == arguments.Synthetic is null
            ? throw new ArgumentException("Give either --corpus DIR or --synthetic N.")
            : arguments;
    }

    // The synthetic shape follows the generated corpora's: N/10 entities, N/2 mentions, one document.
    public CorpusModel Load() => Corpus is { } path
        ? CorpusLoader.Load(path).Corpus ?? throw new InvalidOperationException($"The corpus at {path} does not load.")
        : SyntheticCorpus.Build(entities: Math.Max(2, Synthetic!.Value / 10), relations: Synthetic.Value, mentions: Synthetic.Value / 2);
}
