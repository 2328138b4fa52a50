using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Seeding;

public sealed class CorpusRowsTests
{
    private static readonly CorpusModel Corpus = SyntheticCorpus.Build(entities: 3, relations: 2);

    [Fact]
    public void AnEntityCarriesItsKindsLabelAndDropsTheOtherKindsLabels()
    {
        var row = CorpusRows.Entities(Corpus).First();

        Assert.Equal("Person", row.Label);
        Assert.Equal(["Party"], row.OtherLabels);
        Assert.Equal("person 0 | p0 | born 0", row.SearchText);
        Assert.Equal("person_0 p0 born_0 person 0 born", row.SearchTerms);
    }

    [Fact]
    public void AnUntypedAliasIsStoredWithAnEmptyTypeSinceNeo4jListsHoldNoNull()
    {
        var row = CorpusRows.Entities(Corpus).First();

        Assert.Equal(["P0", "Born 0"], row.Aliases);
        Assert.Equal(["", "birth-name"], row.AliasTypes);
    }

    [Fact]
    public void ARelationCarriesItsGraphTypeAndTheYearsForFilteringAndAsOf()
    {
        var rows = CorpusRows.Relations(Corpus).ToList();

        Assert.Equal("EXECUTED", rows[0].Type);
        Assert.Equal((1900, 1900), (rows[0].SpanFrom, rows[0].SpanTo));
        Assert.Equal(("1900", "text"), (rows[0].Date, rows[0].DateProvenance));
        Assert.Equal(("dated", "1900", null, 1900, (int?)null), (rows[0].Validity, rows[0].ValidFrom, rows[0].ValidTo, rows[0].ValidFromYear, rows[0].ValidToYear));
        Assert.Equal("ALLIED_WITH", rows[1].Type);
        Assert.Equal(("dated", 1901, 1901), (rows[1].Validity, rows[1].ValidFromYear, rows[1].ValidToYear));
        Assert.Equal(TimelineKey.Of(new CalendarDate(1900)), rows[0].TimelineKey);
        Assert.Equal([0, 1], rows.Select(r => r.CorpusOrder));
    }

    [Fact]
    public void AnEntityCarriesItsExistenceAndItsProvenanceAsText()
    {
        var rows = CorpusRows.Entities(Corpus).ToList();

        Assert.Equal(("1870/1940", "editorial/text"), (rows[0].Existence, rows[0].ExistenceProvenance));
        Assert.Equal((null, null), (rows[1].Existence, rows[1].ExistenceProvenance));
    }

    [Fact]
    public void EvidenceBecomesParallelListsAndAReadableFirstQuote()
    {
        var row = CorpusRows.Relations(Corpus).First();

        Assert.Equal("Person", row.Quote);
        Assert.Equal(["essay"], row.EvidenceDocumentIds);
        Assert.Equal(["Person"], row.EvidenceQuotes);
        Assert.Equal([0], row.EvidenceStarts);
        Assert.Equal([6], row.EvidenceEnds);
        Assert.Equal(("author", null, "asserted", null), (row.ClaimSource, row.AttributedTo, row.Stance, row.DisputedBy));
    }
}
