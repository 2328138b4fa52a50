using Prosopograph.Graph.Search;

namespace Prosopograph.Graph.Tests.Search;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Ramón Mercader", "ramon mercader")]
    [InlineData("Academie Francaise", "académie française")]
    [InlineData("coup d'état", "coup d'etat")]
    [InlineData("RCP(b)", "rcp b")]
    public void NormalisationFoldsCaseDiacriticsAndPunctuation(string a, string b) =>
        Assert.Equal(NameNormalizer.Normalize(a), NameNormalizer.Normalize(b));

    [Theory]
    [InlineData("leon trotsky", "Leon Trotsky", MatchRank.Exact)]
    [InlineData("trotsky", "Leon Trotsky", MatchRank.Word)]
    [InlineData("victor serge", "Victor Serge", MatchRank.Exact)]
    [InlineData("serge", "Victor Serge", MatchRank.Word)]
    [InlineData("serge", "Sergei Kirov", MatchRank.Prefix)]
    [InlineData("Троцкий", "Leon Trotsky", MatchRank.FuzzyWord)]
    [InlineData("Сталин", "Joseph Stalin", MatchRank.Word)]
    [InlineData("Лев Троцкий", "Lev Trotsky", MatchRank.Fuzzy)]
    [InlineData("trot", "Leon Trotsky", MatchRank.Prefix)]
    [InlineData("otsk", "Leon Trotsky", MatchRank.Substring)]
    [InlineData("trotksy", "Trotsky", MatchRank.Fuzzy)]
    [InlineData("trotksy", "Leon Trotsky", MatchRank.FuzzyWord)]
    [InlineData("Siqueiros", "Siqueriros", MatchRank.Fuzzy)]
    [InlineData("Marks", "Marx", MatchRank.None)]
    [InlineData("stalin", "Leon Trotsky", MatchRank.None)]
    public void RankIsTheBestKindOfMatch(string query, string name, MatchRank expected) =>
        Assert.Equal(expected, NameMatcher.Rank(new SearchQuery(query), SearchName.Of(name)));

    [Fact]
    public void BoundedDistanceAgreesWithTheFullTableOnRandomWords()
    {
        var random = new Random(1917);
        for (var n = 0; n < 2000; n++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? RandomWord(random) : Mutate(a, random);
            var exact = FullDistance(a, b);
            for (var max = 0; max <= 3; max++)
            {
                Assert.True(EditDistance.Within(a, b, max) == (exact <= max), $"{a} / {b}: distance {exact}, max {max}");
            }
        }
    }

    private static string RandomWord(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 10)).Select(_ => (char)('a' + random.Next(5))).ToArray());

    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        for (var edits = random.Next(1, 4); edits > 0 && chars.Count > 1; edits--)
        {
            var at = random.Next(chars.Count - 1);
            switch (random.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, (char)('a' + random.Next(5))); break;
                case 2: chars[at] = (char)('a' + random.Next(5)); break;
                default: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }

        return new string(chars.ToArray());
    }

    // The textbook optimal-string-alignment table, kept deliberately naive as the reference.
    private static int FullDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    [Theory]
    [InlineData("Троцкий", "trotskiy")]
    [InlineData("Зиновьев", "zinovev")]
    [InlineData("Ramón Mercader", "ramon mercader")]
    [InlineData("tro\uFFFEtsky", "tro tsky")]
    [InlineData("\uD800trotsky", "trotsky")]
    [InlineData("\uFDD0", "")]
    public void NormalisingTransliteratesOtherScriptsAndNeverThrowsOnInvalidText(string text, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(text));
}
