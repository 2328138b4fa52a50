using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Embedded;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Search;

namespace Prosopograph.Graph.Tests.Search;

/// <summary>
/// The embedded store's search index must change the cost of a search, never its answer: for many queries of every
/// sort, the indexed matches (order and total) are those of ranking every entity, as the store did before the index.
/// </summary>
public sealed class IndexedSearchTests
{
    private static readonly Lazy<CorpusModel> Seed = new(() =>
    {
        var result = CorpusLoader.Load(Path.Combine(AppContext.BaseDirectory, "seed"));
        return result.Corpus ?? throw new CorpusValidationException(result.Errors);
    });

    [Fact]
    public void IndexedSearchAnswersAsRankingEveryEntityOnTheSeed() =>
        AssertIndexAgreesWithBruteForce(Seed.Value, queries: 1500, seed: 1940);

    [Fact]
    public void IndexedSearchAnswersAsRankingEveryEntityOnSharedSurnamesAndHomonyms()
    {
        var kinds = Seed.Value.Vocabulary.EntityKinds.Select(k => k.Id).ToList();
        var corpus = new CorpusModel("synthetic", Seed.Value.Vocabulary, [], SyntheticPeople.Entities(2000, 42, kinds), [], []);

        AssertIndexAgreesWithBruteForce(corpus, queries: 700, seed: 1917);
    }

    [Theory]
    [InlineData("trotksy")]
    [InlineData("rtotsky")]
    [InlineData("leontrotsky")]
    [InlineData("leon trotksyy")]
    [InlineData("xleon trotsky")]
    [InlineData("leon trostky")]
    [InlineData("Троцкий")]
    [InlineData("Лев Троцкий")]
    [InlineData("ramon mercadre")]
    [InlineData("o")]
    [InlineData("er")]
    [InlineData("on tr")]
    [InlineData("!!!")]
    [InlineData("")]
    public void IndexedSearchAgreesOnTyposAtEveryPositionAndOtherScripts(string text)
    {
        var graph = new EmbeddedGraph(Seed.Value);

        Assert.Equal(BruteForce(graph, text, null), Ids(graph.SearchIndex.Matches(text, null)));
    }

    [Fact]
    public void IndexedSearchStillFindsTheSeedsPeopleByTypo()
    {
        var graph = new EmbeddedGraph(Seed.Value);

        Assert.Equal("trotsky", graph.SearchIndex.Matches("trotksy", "person")[0].Id);
        Assert.Equal("mercader", graph.SearchIndex.Matches("Ramon Mercadre", null)[0].Id);
    }

    private static void AssertIndexAgreesWithBruteForce(CorpusModel corpus, int queries, int seed)
    {
        var graph = new EmbeddedGraph(corpus);
        var store = new EmbeddedGraphStore();
        store.Load(corpus);
        var random = new Random(seed);
        var names = corpus.Entities.SelectMany(e => e.AllNames).ToList();
        var kinds = corpus.Vocabulary.EntityKinds.Select(k => k.Id).ToList();
        var nonEmpty = 0;
        for (var n = 0; n < queries; n++)
        {
            var text = Query(random, SyntheticPeople.Pick(random, names));
            var kind = random.Next(3) == 0 ? SyntheticPeople.Pick(random, kinds) : null;
            var expected = BruteForce(graph, text, kind);

            Assert.Equal(expected, Ids(graph.SearchIndex.Matches(text, kind)));
            var (limit, offset) = (1 + random.Next(20), random.Next(Math.Max(1, expected.Count + 5)));
            var page = store.SearchEntitiesAsync(new EntitySearch(text, kind, limit, offset)).Result;
            Assert.Equal(expected.Count, page.Total);
            Assert.Equal(expected.Skip(offset).Take(limit), page.Items.Select(i => i.Id));
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        // The comparison means something only if most queries find entities (and some find none).
        Assert.InRange(nonEmpty, queries / 2, queries - 1);
    }

    /// <summary>What the store answered before the index: every entity of the kind, ranked.</summary>
    private static List<string> BruteForce(EmbeddedGraph graph, string text, string? kind) =>
        SearchRanking.Rank(
            graph.Corpus.Entities.Where(e => kind is null || e.Kind == kind),
            text,
            e => graph.SearchNames[e.Id],
            e => e.Name,
            e => e.Id).Select(e => e.Id).ToList();

    private static List<string> Ids(IEnumerable<Entity> entities) => entities.Select(e => e.Id).ToList();

    /// <summary>A query drawn from a name: whole, a word, a prefix, an inner piece, misspelt once or twice, run together, shouted, or noise.</summary>
    private static string Query(Random random, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var word = SyntheticPeople.Pick(random, words);
        return random.Next(10) switch
        {
            0 => name,
            1 => word,
            2 => name[..(1 + random.Next(name.Length))],
            3 => Piece(random, name),
            4 => SyntheticPeople.Misspelt(random, word),
            5 => SyntheticPeople.Misspelt(random, SyntheticPeople.Misspelt(random, name)),
            6 => SyntheticPeople.Misspelt(random, name),
            7 => name.Replace(" ", "", StringComparison.Ordinal),
            8 => name.ToUpperInvariant() + "'",
            _ => new string(Enumerable.Range(0, 1 + random.Next(9)).Select(_ => (char)('a' + random.Next(26))).ToArray()),
        };
    }

    private static string Piece(Random random, string name)
    {
        var start = random.Next(name.Length);
        return name.Substring(start, 1 + random.Next(name.Length - start));
    }
}
