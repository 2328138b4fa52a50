using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

public sealed class ValidityRulesTests
{
    private static readonly Entity Stalin = Person("stalin", "1878-12-18/1953-03-05");
    private static readonly Entity Bukharin = Person("bukharin", "1888-10-09/1938-03-15");
    private static readonly Entity Party = Person("party", null);

    [Fact]
    public void ADatedActHoldsFromItsDateOn()
    {
        var validity = ValidityRules.For(Temporality.Point, EdtfDate.Parse("1927-11"), Stalin, Party);

        Assert.Equal(new Validity(ValidityKind.Dated, CalendarDate.Parse("1927-11"), null), validity);
        Assert.Equal([false, true, true], new[] { 1926, 1927, 1940 }.Select(y => validity.Admits(y, includeUndated: true)));
    }

    [Fact]
    public void AnActDatedByAnIntervalHoldsFromItsStartOrElseItsEnd()
    {
        Assert.Equal(CalendarDate.Parse("1936"), ValidityRules.For(Temporality.Point, EdtfDate.Parse("1936/1938"), Stalin, Party).From);
        Assert.Equal(CalendarDate.Parse("1927"), ValidityRules.For(Temporality.Point, EdtfDate.Parse("/1927"), Stalin, Party).From);
    }

    [Fact]
    public void AnUndatedActCountsOnlyFromTheEndOfItsPatientsExistence()
    {
        var executed = ValidityRules.For(Temporality.Point, null, Stalin, Bukharin);

        Assert.Equal(new Validity(ValidityKind.Bounded, CalendarDate.Parse("1938-03-15"), null), executed);
        Assert.False(executed.Admits(1925, includeUndated: true));
        Assert.True(executed.Admits(1938, includeUndated: true));
    }

    [Fact]
    public void AnUndatedActOnAPatientWithoutAKnownEndStaysUndated() =>
        Assert.Equal(Validity.Undated, ValidityRules.For(Temporality.Point, null, Stalin, Party));

    [Fact]
    public void ADatedStateOfAffairsHoldsFromStartToEndAndAPointDateMeansThatPeriodOnly()
    {
        var alliance = ValidityRules.For(Temporality.Interval, EdtfDate.Parse("1923/1925"), Stalin, Bukharin);
        var october = ValidityRules.For(Temporality.Interval, EdtfDate.Parse("1917-10"), Stalin, Bukharin);

        Assert.Equal([false, true, false], new[] { 1922, 1924, 1926 }.Select(y => alliance.Admits(y, true)));
        Assert.Equal(new Validity(ValidityKind.Dated, CalendarDate.Parse("1917-10"), CalendarDate.Parse("1917-10")), october);
    }

    [Fact]
    public void AStateOfAffairsWithAnOpenOrUnknownEndCannotOutliveItsParticipants()
    {
        var unknownEnd = ValidityRules.For(Temporality.Interval, EdtfDate.Parse("1925/"), Stalin, Bukharin);
        var openEnd = ValidityRules.For(Temporality.Interval, EdtfDate.Parse("1925/.."), Stalin, Bukharin);

        Assert.Equal(new Validity(ValidityKind.Dated, CalendarDate.Parse("1925"), CalendarDate.Parse("1938-03-15")), unknownEnd);
        Assert.Equal(unknownEnd, openEnd);
    }

    [Fact]
    public void AnUndatedStateOfAffairsIsBoundedByTheLatestBirthAndTheEarliestDeath()
    {
        var alliance = ValidityRules.For(Temporality.Interval, null, Stalin, Bukharin);

        Assert.Equal(new Validity(ValidityKind.Bounded, CalendarDate.Parse("1888-10-09"), CalendarDate.Parse("1938-03-15")), alliance);
        Assert.Equal(
            new Validity(ValidityKind.Bounded, CalendarDate.Parse("1878-12-18"), CalendarDate.Parse("1953-03-05")),
            ValidityRules.For(Temporality.Interval, null, Stalin, Party));
    }

    [Fact]
    public void AStateOfAffairsBetweenParticipantsWithoutLifespansIsUndatedAndKeptOnlyOnRequest()
    {
        var validity = ValidityRules.For(Temporality.Interval, null, Party, Party);

        Assert.Equal(Validity.Undated, validity);
        Assert.True(validity.Admits(1900, includeUndated: true));
        Assert.False(validity.Admits(1900, includeUndated: false));
        Assert.False(validity.Admits(null, includeUndated: false));
    }

    private static Entity Person(string id, string? existence) =>
        new(id, "person", id, [], null, ["test"], existence is null ? null : new SourcedDate(EdtfDate.Parse(existence), DateProvenance.Text));
}
