namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FilterTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task ARelationTypeFilterLeavesOnlyThatTypeOnTheCanvas()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        await page.GotoAsync("?entity=trotsky");

        await page.Page.Locator("#type-filter").SelectOptionAsync("expelled_from");
        await page.SettledAsync();

        var unfiltered = await api.NeighbourhoodAsync("trotsky");
        var expulsions = unfiltered.Links.Where(l => l.Type == "expelled_from" && l.Source == "trotsky").Select(l => l.Id).Order();
        var edges = await page.EdgesAsync();
        Assert.All(edges, e => Assert.Equal("expelled_from", e.Type));
        Assert.Equal(expulsions, edges.Where(e => e.Source == "trotsky").Select(e => e.Id).Order());
        Assert.Contains("type=expelled_from", page.Page.Url);
        await page.AssertNothingWentWrongAsync();
    }

    [SkippableFact]
    public async Task KeepingOnlyTheAuthorsVoiceDropsQuotedAndReportedClaims()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        await page.GotoAsync("?entity=trotsky");

        await page.Page.Locator("#source-quoted").UncheckAsync();
        await page.SettledAsync();
        await page.Page.Locator("#source-reported").UncheckAsync();
        await page.SettledAsync();

        var unfiltered = await api.NeighbourhoodAsync("trotsky");
        Assert.Contains(unfiltered.Links, l => l.Voice != "author" && (l.Source == "trotsky" || l.Target == "trotsky"));
        var edges = await page.EdgesAsync();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Equal("author", e.Voice));
        Assert.Contains("source=author", page.Page.Url);
        await page.AssertNothingWentWrongAsync();
    }

    [SkippableFact]
    public async Task HidingUndatedRelationsLeavesOnlyDatedAndBoundedOnes()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        // The annotation dates or bounds most relations: centre on an entity that still has an undated one.
        var entity = (await api.AllRelationsAsync()).First(r => r.Validity == "undated").Source;
        await page.GotoAsync("?entity=" + entity);
        var before = await page.EdgesAsync();

        await page.Page.Locator("#undated").UncheckAsync();
        await page.SettledAsync();

        var after = await page.EdgesAsync();
        Assert.Contains(before, e => e.Validity == "undated");
        Assert.All(after, e => Assert.NotEqual("undated", e.Validity));
        Assert.Equal(before.Where(e => e.Validity != "undated" && (e.Source == entity || e.Target == entity)).Select(e => e.Id).Order(),
            after.Where(e => e.Source == entity || e.Target == entity).Select(e => e.Id).Order());
        Assert.Contains("undated=exclude", page.Page.Url);
        await page.AssertNothingWentWrongAsync();
    }

    [SkippableFact]
    public async Task AFamilyFilterLeavesOnlyTheFamilysTypes()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        var violence = await api.TypesOfFamilyAsync("violence");
        await page.GotoAsync("?entity=stalin");
        var before = await page.EdgesAsync();

        await page.Page.Locator("#type-filter").SelectOptionAsync("family:violence");
        await page.SettledAsync();

        var after = await page.EdgesAsync();
        Assert.Contains(before, e => !violence.Contains(e.Type));
        Assert.NotEmpty(after);
        Assert.All(after, e => Assert.Contains(e.Type, violence));
        Assert.Contains("type=family%3Aviolence", page.Page.Url);
        await page.AssertNothingWentWrongAsync();
    }
}
