using Prosopograph.Corpus.Model;
using Prosopograph.Corpus.Text;

namespace Prosopograph.Corpus.Tests.Scale;

/// <summary>The one-pass mention finder gives exactly the mentions the name-by-name search gave.</summary>
public sealed class MentionFinderTests
{
    [Fact]
    public void OnTheSeedTheMentionsAreThoseOfTheNameByNameSearch()
    {
        var seed = Loading.CorpusLoader.Load(TestCorpora.SeedPath).Corpus!;
        var finder = new MentionFinder(seed.Entities);

        foreach (var document in seed.Documents)
        {
            var expected = NaiveMentionFinder.Find(document, seed.Entities);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, finder.Find(document));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void OnSyntheticTextsTheMentionsAreThoseOfTheNameByNameSearch(int seed)
    {
        var (entities, documents) = SyntheticMentions.Generate(new Random(seed));
        var finder = new MentionFinder(entities);
        var total = 0;

        foreach (var document in documents)
        {
            var expected = NaiveMentionFinder.Find(document, entities);
            Assert.Equal(expected, finder.Find(document));
            total += expected.Count;
        }

        Assert.True(total > 100, $"the synthetic texts should mention entities often, not {total} times");
    }

    [Fact]
    public void ANameStartingWithPunctuationIsFoundAsBefore()
    {
        var koba = new Entity("koba", "person", "'Koba'", [new Alias("Koba")], null, ["a.yaml"]);
        var document = new Document("a", "", "", null, "en", null, "a.txt", "He signed 'Koba', then Koba; not Kobalt.");

        Assert.Equal(
            [new Mention("a", "koba", "'Koba'", 10, 16), new Mention("a", "koba", "Koba", 23, 27)],
            new MentionFinder([koba]).Find(document));
    }
}
