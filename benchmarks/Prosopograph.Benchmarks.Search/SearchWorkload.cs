using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Embedded;
using Prosopograph.Graph.Search;
using Prosopograph.Graph.Tests.Search;

namespace Prosopograph.Benchmarks.Search;

/// <summary>
/// A graph to search and the queries to search it with, by sort of query. The entities are those declared by the
/// corpus named by PROSOPOGRAPH_BENCH_CORPUS if set, else synthetic ones built in process (a stress case: few
/// surnames and forenames shared by all, homonyms, aliases).
/// </summary>
internal sealed class SearchWorkload
{
    public const int QueriesPerSort = 200;

    public static readonly string[] Sorts = ["exact", "word", "prefix", "substring", "typo", "cyrillic"];

    private SearchWorkload(EmbeddedGraph graph, IReadOnlyDictionary<string, string[]> queries)
    {
        Graph = graph;
        Queries = queries;
    }

    public EmbeddedGraph Graph { get; }

    public IReadOnlyDictionary<string, string[]> Queries { get; }

    public string Source { get; private init; } = "";

    private static readonly Dictionary<int, SearchWorkload> Built = [];

    /// <summary>One workload per size for the whole process: BenchmarkDotNet sets up every case anew.</summary>
    public static SearchWorkload Shared(int entities)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(entities, out var workload))
            {
                Built[entities] = workload = Create(entities);
            }

            return workload;
        }
    }

    public static SearchWorkload Create(int entities)
    {
        var seed = Load(Path.Combine(AppContext.BaseDirectory, "seed"));
        var folder = Environment.GetEnvironmentVariable("PROSOPOGRAPH_BENCH_CORPUS");
        var corpus = folder is { Length: > 0 }
            ? new CorpusModel(folder, seed.Vocabulary, [], DeclaredEntities.Read(folder), [], [])
            : new CorpusModel("synthetic", seed.Vocabulary, [], SyntheticPeople.Entities(entities, 42, seed.Vocabulary.EntityKinds.Select(k => k.Id).ToList()), [], []);
        var graph = new EmbeddedGraph(corpus);
        var random = new Random(7);
        var names = corpus.Entities.SelectMany(e => e.AllNames).Where(n => NameNormalizer.Normalize(n).Length >= 4).ToList();
        var queries = Sorts.ToDictionary(s => s, s => Enumerable.Range(0, QueriesPerSort).Select(_ => Query(random, s, names)).ToArray());
        return new SearchWorkload(graph, queries) { Source = folder is { Length: > 0 } ? folder : $"synthetic, {entities} entities" };
    }

    /// <summary>The store's answer before the index: every entity ranked.</summary>
    public IReadOnlyList<Entity> BruteForce(string text) =>
        SearchRanking.Rank(Graph.Corpus.Entities, text, e => Graph.SearchNames[e.Id], e => e.Name, e => e.Id);

    public IReadOnlyList<Entity> Indexed(string text) => Graph.SearchIndex.Matches(text, null);

    private static CorpusModel Load(string folder)
    {
        var result = CorpusLoader.Load(folder);
        return result.Corpus ?? throw new CorpusValidationException(result.Errors);
    }

    private static string Query(Random random, string sort, List<string> names)
    {
        var name = SyntheticPeople.Pick(random, names);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).DefaultIfEmpty(name).ToList();
        var word = SyntheticPeople.Pick(random, words);
        return sort switch
        {
            "exact" => name,
            "word" => word,
            "prefix" => word[..Math.Min(word.Length, 3 + random.Next(3))],
            "substring" => word.Substring(1, Math.Min(word.Length - 1, 4)),
            "typo" => SyntheticPeople.Misspelt(random, random.Next(2) == 0 ? name : word),
            _ => SyntheticPeople.Pick(random, CyrillicQueries),
        };
    }

    private static readonly string[] CyrillicQueries = ["Троцкий", "Лев Троцкий", "Иванов", "Каменев", "Седова", "Бухарин", "Радек"];
}
