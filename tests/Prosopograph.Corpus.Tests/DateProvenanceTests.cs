using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

public sealed class DateProvenanceTests
{
    [Theory]
    [InlineData("text", DateSource.Text, DateSource.Text)]
    [InlineData("editorial", DateSource.Editorial, DateSource.Editorial)]
    [InlineData("text/editorial", DateSource.Text, DateSource.Editorial)]
    [InlineData("editorial/text", DateSource.Editorial, DateSource.Text)]
    public void ProvenanceNamesEachEndAndRoundTrips(string text, DateSource start, DateSource end)
    {
        var provenance = DateProvenance.Parse(text);

        Assert.Equal(new DateProvenance(start, end), provenance);
        Assert.Equal(text, provenance.ToString());
    }

    [Theory]
    [InlineData("Text")]
    [InlineData("curator")]
    [InlineData("text/text")]
    [InlineData("text/editorial/text")]
    public void AnythingElseIsNoProvenance(string text) => Assert.Null(DateProvenance.Parse(text));
}
