using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

public sealed class EdtfDateTests
{
    [Theory]
    [InlineData("1927")]
    [InlineData("1927-11")]
    [InlineData("1927-11-12")]
    [InlineData("1925~")]
    [InlineData("1929?")]
    [InlineData("1930-06%")]
    [InlineData("1925/1928")]
    [InlineData("1925~/1928?")]
    [InlineData("1923/..")]
    [InlineData("../1924")]
    [InlineData("1923/")]
    [InlineData("/1924")]
    public void EveryFormOfTheLevelOneSubsetRoundTrips(string text) => Assert.Equal(text, EdtfDate.Parse(text).ToString());

    [Fact]
    public void APointIsItsOwnFirstAndLastDateAndKeepsItsQualifier()
    {
        var date = EdtfDate.Parse("1925~");

        Assert.False(date.IsInterval);
        Assert.Equal((CalendarDate.Parse("1925"), CalendarDate.Parse("1925")), (date.First!.Value, date.Last!.Value));
        Assert.Equal(DateQualifier.Approximate, date.Start.Qualifier);
        Assert.Equal(new DateOnly(1925, 1, 1), date.First.Value.Earliest);
    }

    [Fact]
    public void OpenAndUnknownEndsAreKeptApartButNameNoDate()
    {
        var open = EdtfDate.Parse("1923/..");
        var unknown = EdtfDate.Parse("/1924");

        Assert.Equal((BoundKind.Known, BoundKind.Open), (open.Start.Kind, open.End.Kind));
        Assert.Null(open.Last);
        Assert.Equal((BoundKind.Unknown, BoundKind.Known), (unknown.Start.Kind, unknown.End.Kind));
        Assert.Null(unknown.First);
        Assert.Equal(CalendarDate.Parse("1924"), unknown.Last);
    }

    [Theory]
    [InlineData("27", "not an EDTF date")]
    [InlineData("March 1927", "not an EDTF date")]
    [InlineData("1927/03/01", "not an EDTF date")]
    [InlineData("1927-3", "not an EDTF date")]
    [InlineData("..", "not an EDTF date")]
    [InlineData("/", "an interval needs at least one known end")]
    [InlineData("../..", "an interval needs at least one known end")]
    [InlineData("1925-13", "there is no month 13")]
    [InlineData("1927-02-30", "1927-02 has no day 30")]
    [InlineData("1925/1923-13", "there is no month 13")]
    [InlineData("1928/1925", "ends (1925) before it starts (1928)")]
    [InlineData("1927-03/1927-02-28", "ends (1927-02-28) before it starts (1927-03)")]
    public void MalformedImpossibleOrBackwardDatesAreRejectedWithTheReason(string text, string reason)
    {
        Assert.False(EdtfDate.TryParse(text, out _, out var error));
        Assert.StartsWith(reason, error);
    }

    [Fact]
    public void AnIntervalWithinOneYearIsNotBackward() => Assert.True(EdtfDate.TryParse("1927/1927-02", out _, out _));

    [Fact]
    public void TimelineOrderIsByFirstDayWithTheCoarserFirstOnATie()
    {
        var dates = new[] { "1927-03", "1927/1930", "1926~", "1927-01-01", "/1920", "1927-01" }.Select(EdtfDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["/1920", "1926~", "1927/1930", "1927-01", "1927-01-01", "1927-03"], dates);
    }
}
