using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

public sealed class CalendarDateTests
{
    [Theory]
    [InlineData("1927", DatePrecision.Year)]
    [InlineData("1919-03", DatePrecision.Month)]
    [InlineData("1940-08-20", DatePrecision.Day)]
    public void DateKeepsThePrecisionItWasGiven(string text, DatePrecision precision)
    {
        var date = CalendarDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("1927~")]
    [InlineData("1925/1928")]
    [InlineData("27")]
    public void OnlyAPlainDayMonthOrYearIsACalendarDate(string text) => Assert.Throws<FormatException>(() => CalendarDate.Parse(text));

    [Fact]
    public void YearSortsBeforeMoreExactDatesInThatYearAndAfterTheYearBefore()
    {
        var dates = new[] { "1927-03-01", "1927-03", "1926-12-31", "1927", "1928" }.Select(CalendarDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["1926-12-31", "1927", "1927-03", "1927-03-01", "1928"], dates);
    }

    [Fact]
    public void YearCoversItsWholeSpan()
    {
        var year = CalendarDate.Parse("1924");

        Assert.Equal(new DateOnly(1924, 1, 1), year.Earliest);
        Assert.Equal(new DateOnly(1924, 12, 31), year.Latest);
        Assert.Equal(new DateOnly(1924, 2, 29), CalendarDate.Parse("1924-02").Latest);
    }
}
