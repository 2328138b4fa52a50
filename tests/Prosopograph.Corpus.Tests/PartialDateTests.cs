using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1927", DatePrecision.Year)]
    [InlineData("1919-03", DatePrecision.Month)]
    [InlineData("1940-08-20", DatePrecision.Day)]
    public void DateKeepsThePrecisionItWasGiven(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("1927-13")]
    [InlineData("1927-02-30")]
    [InlineData("27")]
    [InlineData("1927/03")]
    [InlineData("March 1927")]
    public void MalformedOrImpossibleDatesAreRejected(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void YearSortsBeforeMoreExactDatesInThatYearAndAfterTheYearBefore()
    {
        var dates = new[] { "1927-03-01", "1927-03", "1926-12-31", "1927", "1928" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["1926-12-31", "1927", "1927-03", "1927-03-01", "1928"], dates);
    }

    [Fact]
    public void YearCoversItsWholeSpan()
    {
        var year = PartialDate.Parse("1924");

        Assert.Equal(new DateOnly(1924, 1, 1), year.Earliest);
        Assert.Equal(new DateOnly(1924, 12, 31), year.Latest);
        Assert.Equal(new DateOnly(1924, 2, 29), PartialDate.Parse("1924-02").Latest);
    }
}
