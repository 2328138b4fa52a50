namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task SearchingTrotksyOpensTrotskysNetworkWithTheApisNodes()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        await page.GotoAsync();

        await page.PickSuggestionAsync("#search", "trotksy", "trotsky");

        var expected = await api.NeighbourhoodAsync("trotsky");
        Assert.Equal(expected.NodeIds.Order(), (await page.NodeIdsAsync()).Order());
        Assert.Equal(expected.Links.Select(l => l.Id).Order(), (await page.EdgesAsync()).Select(e => e.Id).Order());
        Assert.Contains($"{expected.NodeIds.Count} entities, {expected.Links.Count} relations", await page.Status.TextContentAsync());
        Assert.Equal("Leon Trotsky", await page.PanelTitle.TextContentAsync());
        Assert.EndsWith("/?entity=trotsky&show=entity%3Atrotsky", page.Page.Url);
        await page.ScreenshotAsync("trotsky-1280x800.png");
        await page.AssertNothingWentWrongAsync();
    }
}
