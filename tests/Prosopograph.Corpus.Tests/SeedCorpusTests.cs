using System.Security.Cryptography;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

/// <summary>The shipped corpus: it loads cleanly, and the essay's key facts are in it, with the words that say so.</summary>
public sealed class SeedCorpusTests
{
    private static readonly Lazy<CorpusLoadResult> Seed = new(() => CorpusLoader.Load(TestCorpora.SeedPath));

    private static CorpusModel Corpus => Seed.Value.Corpus!;

    private static Document Essay => Corpus.DocumentsById["000_eeff958d94dd4f42"];

    [Fact]
    public void SeedCorpusLoadsWithZeroErrors()
    {
        Assert.Empty(Seed.Value.Errors.Select(e => e.ToString()));
        Assert.Equal("Sylvestre", Essay.Author);
        Assert.Equal("2008-01-20", Essay.Date?.ToString());
    }

    [Fact]
    public void EssayIsByteForByteThePublishedText()
    {
        // The SHA-256 of the essay as it was handed to the project; any edit, even a line ending, changes it.
        const string Published = "38aea70f4421dabce80272d466384a38098ad9d13334bd985bacd2f91cc54425";
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "seed", "documents", Essay.SourceFile));

        Assert.Equal(Published, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(14561, Essay.Length);
    }

    [Fact]
    public void EveryEvidenceOffsetSlicesBackToItsQuote()
    {
        var evidence = Corpus.Relations.SelectMany(r => r.Evidence).ToList();

        Assert.True(evidence.Count >= Corpus.Relations.Count);
        Assert.All(evidence, e => Assert.Equal(e.Quote, Essay.Text[e.Start..e.End]));
    }

    [Theory]
    [InlineData("r-stalin-executed-bukharin", "executed", "stalin", "bukharin", "1938-03-15", "later, Stalin had no scruples about executing Bukharin")]
    [InlineData("r-trotsky-expelled-from-bolshevik-party", "expelled_from", "trotsky", "bolshevik-party", "1927", "expelled from the Party in 1927")]
    [InlineData("r-trotsky-expelled-from-russia", "expelled_from", "trotsky", "russia", "1928", "from Russia in 1928")]
    [InlineData("r-mercader-assassinated-trotsky", "assassinated", "mercader", "trotsky", "1940-08-20", "Trotsky was assassinated on 20 August 1940 by an agent of Stalin, Ramon Mercader")]
    [InlineData("r-mercader-agent-of-stalin", "agent_of", "mercader", "stalin", "1937~/1940-08-20", "an agent of Stalin, Ramon Mercader")]
    [InlineData("r-mexico-granted-asylum-to-trotsky", "granted_asylum_to", "mexico", "trotsky", "1939", "welcomed by the Mexican government in 1939")]
    public void KeyFactIsAnnotatedWithItsDateAndQuote(string id, string type, string subject, string @object, string? date, string quoted)
    {
        var relation = Assert.Single(Corpus.Relations, r => r.Id == id);

        Assert.Equal((type, subject, @object, date), (relation.Type, relation.Subject, relation.Object, relation.Date?.Date.ToString()));
        Assert.Contains(relation.Evidence, e => e.Quote.Contains(quoted, StringComparison.Ordinal));
    }

    [Fact]
    public void TrotskyIsExpelledFromPartyRussiaFranceAndNorway()
    {
        var expelledFrom = Corpus.Relations.Where(r => r is { Type: "expelled_from", Subject: "trotsky" }).Select(r => r.Object).Order();

        Assert.Equal(["bolshevik-party", "france", "norway", "russia"], expelledFrom);
    }

    [Fact]
    public void LeninsTestamentIsQuotedNotAsserted()
    {
        var testament = Assert.Single(Corpus.Relations, r => r.Id == "r-lenin-criticised-stalin-postscript");

        Assert.Equal((ClaimSource.Quoted, "lenin", ClaimStance.Asserted), (testament.Voice.Source, testament.Voice.AttributedTo, testament.Voice.Stance));
        Assert.Contains(testament.Evidence, e => e.Quote.Contains("Stalin is too rude", StringComparison.Ordinal));
    }

    [Fact]
    public void CoupRumourIsReportedByWhoSpreadItAndDisputedByTheAuthor()
    {
        var rumours = Corpus.Relations.Where(r => r is { Type: "plotted_against", Subject: "trotsky", Object: "france" }).ToList();

        Assert.NotEmpty(rumours);
        Assert.All(rumours, r => Assert.Equal((ClaimSource.Reported, ClaimStance.Disputed, Voice.Author), (r.Voice.Source, r.Voice.Stance, r.Voice.DisputedBy)));
        Assert.Contains(rumours, r => r.Voice.AttributedTo == "french-journalists-1935");
    }

    [Fact]
    public void DeparturesFromTheRecordKeepTheTextAndCarryANote()
    {
        var leninsDeath = Assert.Single(Corpus.Relations, r => r.Id == "r-death-of-lenin-concerns-lenin");
        var siqueiros = Corpus.EntitiesById["siqueiros"];

        Assert.Equal("1924-01-20", leninsDeath.Date?.Date.ToString());
        Assert.Contains("21 January 1924", leninsDeath.Note);
        Assert.Contains(siqueiros.Aliases, a => a.Name == "Siqueriros");
        Assert.Contains(Corpus.Mentions, m => m is { EntityId: "siqueiros", Surface: "Siqueriros" });
    }

    [Fact]
    public void PseudonymsAndBirthNamesAreAliases()
    {
        Assert.Contains(Corpus.EntitiesById["trotsky"].Aliases, a => a is { Name: "Lev Davidovich Bronstein", Type: "birth-name" });
        Assert.Contains(Corpus.EntitiesById["stalin"].Aliases, a => a is { Name: "Iosif Vissarionovich Dzhugashvili", Type: "birth-name" });
        Assert.Contains(Corpus.EntitiesById["zinoviev"].Aliases, a => a.Name == "Zinovyev");
    }

    [Fact]
    public void KamenevIsMentionedWhereverTheEssayNamesHim()
    {
        var kamenev = Corpus.Mentions.Where(m => m.EntityId == "kamenev").ToList();

        Assert.Equal(2, kamenev.Count);
        Assert.All(kamenev, m => Assert.Equal("Kamenev", Essay.Text[m.Start..m.End]));
    }
}
