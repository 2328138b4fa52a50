using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

public sealed class YearRangeTests
{
    [Fact]
    public void AnActHoldsFromItsYearOnwards()
    {
        var expelled = YearRange.ActiveFor(Temporality.Point, PartialDate.Parse("1927-11"), null, null);

        Assert.False(expelled.Contains(1926));
        Assert.True(expelled.Contains(1927));
        Assert.True(expelled.Contains(1940));
    }

    [Fact]
    public void AStateOfAffairsHoldsBetweenItsStartAndEnd()
    {
        var alliance = YearRange.ActiveFor(Temporality.Interval, null, PartialDate.Parse("1923"), PartialDate.Parse("1925"));

        Assert.False(alliance.Contains(1922));
        Assert.True(alliance.Contains(1924));
        Assert.False(alliance.Contains(1926));
    }

    [Fact]
    public void AnUndatedRelationAlwaysHolds() =>
        Assert.True(YearRange.ActiveFor(Temporality.Interval, null, null, null).Contains(1900));
}
