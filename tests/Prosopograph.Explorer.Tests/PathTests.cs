namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PathTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task PathsFromMercaderToLeninAreHighlightedAndListedAsSentences()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        await page.GotoAsync("?entity=mercader");

        await page.Page.Locator("#paths").ClickAsync();
        await page.SettledAsync();
        await page.PickSuggestionAsync("#path-target", "lenin", "lenin");

        var paths = await api.PathsAsync("mercader", "lenin");
        Assert.NotEmpty(paths);
        var onPaths = paths.SelectMany(p => p.NodeIds.Concat(p.Links.Select(l => l.Id))).Distinct().Order();
        Assert.Equal(onPaths, (await page.HighlightedAsync()).Order());
        var listed = await page.Panel.Locator("ol.paths > li").AllTextContentsAsync();
        Assert.Equal(paths.Count, listed.Count);
        Assert.All(listed, sentence => Assert.Contains("Lenin", sentence));
        Assert.Contains("Paths from Ramón Mercader to Vladimir Lenin", await page.PanelTitle.TextContentAsync());
        await page.ScreenshotAsync("paths-mercader-lenin-1280x800.png");
        await page.AssertNothingWentWrongAsync();
    }
}
