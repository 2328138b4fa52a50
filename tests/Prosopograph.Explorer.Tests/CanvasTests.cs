namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CanvasTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task DoubleClickingANodeAddsItsNeighboursAndRecordsTheExpansionInTheUrl()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        await page.GotoAsync("?entity=mercader");
        var before = await page.NodeIdsAsync();

        await page.DoubleClickCanvasAsync("stalin");

        var expected = before.Union((await api.NeighbourhoodAsync("stalin")).NodeIds).Order();
        Assert.Equal(expected, (await page.NodeIdsAsync()).Order());
        Assert.Contains("expand=stalin", page.Page.Url);
        await page.AssertNothingWentWrongAsync();
    }

    [SkippableFact]
    public async Task DatedRelationsAreDrawnApartFromBoundedAndUndatedOnes()
    {
        await using var page = await browser.OpenAsync();
        await page.GotoAsync("?entity=trotsky");
        var lineOf = new Dictionary<string, string> { ["dated"] = "solid", ["bounded"] = "dashed", ["undated"] = "dotted" };

        var edges = await page.EdgesAsync();

        Assert.Contains(edges, e => e.Validity == "dated");
        Assert.Contains(edges, e => e.Validity != "dated");
        Assert.All(edges, e => Assert.Equal(lineOf[e.Validity], e.Line));
        await page.AssertNothingWentWrongAsync();
    }
}
