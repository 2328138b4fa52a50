using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Store;
using Prosopograph.Graph.Neo4j.Tests.Cypher;
using Prosopograph.Graph.Search;
using Prosopograph.Graph.Tests.Search;

namespace Prosopograph.Graph.Neo4j.Tests.Search;

public sealed class FullTextSearchTests
{
    [Fact]
    public void TermsHoldEachFoldedNameWholeAndEachOfItsWordsOnce() =>
        Assert.Equal(
            "leon_trotsky lev_trotskiy trotsky leon lev trotskiy",
            FullTextSearch.Terms(["Leon Trotsky", "Лев Троцкий", "TROTSKY", "Trotsky!"]));

    [Theory]
    [InlineData("Trotksy", "*trotksy* OR trotksy~1")]
    [InlineData("Leon Trotsky", "*leon_trotsky* OR leon_trotsky~2")]
    [InlineData("Lev", "*lev*")]
    [InlineData("Ramón", "*ramon* OR ramon~1")]
    public void QueryAsksForTermsContainingTheTextOrWithinItsEdits(string text, string expected) =>
        Assert.Equal(expected, FullTextSearch.Query(new SearchQuery(text)));

    [Theory]
    [InlineData("trotsky~ OR *:*", "*trotsky_or* OR trotsky_or~2")]
    [InlineData("name:\"x\" AND (y)", "*name_x_and_y* OR name_x_and_y~2")]
    public void LuceneSyntaxInTheSearchTextIsFoldedAwayNeverObeyed(string text, string expected) =>
        Assert.Equal(expected, FullTextSearch.Query(new SearchQuery(text)));

    [Fact]
    public void EscapingPutsABackslashBeforeEveryCharacterLuceneReads() =>
        Assert.Equal(@"a\+b\-c\&\&d\|\|e\!\(f\)\{g\}\[h\]\^i\""j\~k\*l\?m\:n\\o\/p\ q", FullTextSearch.Escape("a+b-c&&d||e!(f){g}[h]^i\"j~k*l?m:n\\o/p q"));

    /// <summary>
    /// The claim the Neo4j search rests on, checked without Neo4j: an entity the ranking matches always has a term
    /// the full-text query matches (a term containing the folded text, or one within the allowed edits), so the
    /// candidates Lucene returns hold every answer. What Lucene itself does with the query is for the live suite.
    /// </summary>
    [Fact]
    public void EveryEntityTheRankingMatchesHasATermTheQueryMatches()
    {
        var kinds = SeedCorpus.Model.Vocabulary.EntityKinds.Select(k => k.Id).ToList();
        var entities = SeedCorpus.Model.Entities.Concat(SyntheticPeople.Entities(600, 7, kinds)).ToList();
        var terms = entities.ToDictionary(e => e, e => FullTextSearch.Terms(e.AllNames).Split(' '));
        var names = entities.ToDictionary(e => e, e => e.AllNames.Select(SearchName.Of).Where(n => n.Text.Length > 0).ToList());
        var random = new Random(1936);
        var matched = 0;
        for (var n = 0; n < 400; n++)
        {
            var name = SyntheticPeople.Pick(random, entities).Name;
            var query = new SearchQuery(random.Next(3) switch
            {
                0 => SyntheticPeople.Misspelt(random, name),
                1 => SyntheticPeople.Misspelt(random, SyntheticPeople.Misspelt(random, name)),
                _ => name[random.Next(name.Length)..],
            });
            var answers = entities.Where(e => NameMatcher.BestRank(query, names[e]) != MatchRank.None).ToList();

            Assert.All(answers, e => Assert.Contains(terms[e], t => QueryMatches(query, t)));
            matched += answers.Count;
        }

        Assert.True(matched > 400, "Too few queries matched anything for the check to mean much.");
    }

    // What the Lucene query asks of one term: it contains the joined text, or lies within the allowed edits of it.
    private static bool QueryMatches(SearchQuery query, string term)
    {
        var text = query.Text.Replace(' ', FullTextSearch.Joiner);
        var edits = NameMatcher.AllowedEdits(text.Length);
        return term.Contains(text, StringComparison.Ordinal) || (edits > 0 && EditDistance.Within(text, term, edits));
    }
}
