using BenchmarkDotNet.Attributes;
using Prosopograph.Graph.Embedded;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Benchmarks;

/// <summary>
/// The questions the API asks the embedded store, on the loaded corpus, each as a ratio to the baseline: a relation
/// found by id, one dictionary lookup, the cheapest answer the store gives.
/// </summary>
[Config(typeof(BenchConfig))]
public class StoreBenchmarks
{
    private static readonly RelationCriteria Executions = new(Types: new HashSet<string> { "executed" });

    private EmbeddedGraphStore _store = null!;
    private BenchSamples _samples = null!;

    [GlobalSetup]
    public void Setup() => (_store, _samples) = (BenchCorpus.Current.Store, BenchCorpus.Current.Samples);

    [Benchmark(Baseline = true, Description = "relation by id")]
    public Task<RelationView?> RelationById() => _store.FindRelationAsync(_samples.RelationId);

    [Benchmark(Description = "search exact")]
    public Task<Page<EntitySummary>> SearchExact() => _store.SearchEntitiesAsync(new EntitySearch(_samples.ExactSearch, null, 20, 0));

    [Benchmark(Description = "search fuzzy")]
    public Task<Page<EntitySummary>> SearchFuzzy() => _store.SearchEntitiesAsync(new EntitySearch(_samples.FuzzySearch, null, 20, 0));

    [Benchmark(Description = "entity detail")]
    public Task<EntityDetail?> EntityDetail() => _store.FindEntityAsync(_samples.Ordinary);

    [Benchmark(Description = "entity detail, hub")]
    public Task<EntityDetail?> EntityDetailOfHub() => _store.FindEntityAsync(_samples.Hub);

    [Benchmark(Description = "relations page")]
    public Task<Page<RelationView>> RelationsPage() => _store.QueryRelationsAsync(new RelationFilter(Limit: 50));

    [Benchmark(Description = "relations page, hub")]
    public Task<Page<RelationView>> RelationsPageOfHub() => _store.QueryRelationsAsync(new RelationFilter(Entity: _samples.Hub, Limit: 50));

    [Benchmark(Description = "neighbourhood depth 2")]
    public Task<Subgraph?> Neighbourhood() => _store.GetNeighbourhoodAsync(new NeighbourhoodQuery(_samples.Ordinary, 2, RelationCriteria.All, null));

    [Benchmark(Description = "neighbourhood depth 1, hub")]
    public Task<Subgraph?> NeighbourhoodOfHub() => _store.GetNeighbourhoodAsync(new NeighbourhoodQuery(_samples.Hub, 1, RelationCriteria.All, null));

    [Benchmark(Description = "paths")]
    public Task<IReadOnlyList<GraphPath>> Paths() => _store.FindPathsAsync(new PathQuery(_samples.PathFrom, _samples.PathTo, 4, RelationCriteria.All, null, 10));

    [Benchmark(Description = "timeline page, hub")]
    public async Task<int> TimelinePageOfHub() => (await _store.GetTimelineAsync(new TimelineQuery(_samples.Hub, null, null))).Take(50).Count();

    [Benchmark(Description = "export, one type")]
    public Task<GraphExport> ExportOneType() => _store.ExportAsync(Executions);
}
