namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DeepLinkTests(BrowserFixture browser)
{
    private sealed record View(string[] Nodes, string[] Edges, string? Panel, string? Year, string Depth, string? Status);

    [SkippableFact]
    public async Task ADeepLinkRestoresTheSameViewAndTheBackButtonWalksBack()
    {
        await using var page = await browser.OpenAsync();
        await page.GotoAsync();
        await page.PickSuggestionAsync("#search", "trotsky", "trotsky");
        await page.Page.Locator("#depth").SelectOptionAsync("2");
        await page.SettledAsync();
        await page.Page.Locator("#as-of").FillAsync("1925");
        await page.SettledAsync();
        var entityView = await ViewOf(page);
        await page.Panel.Locator("ol.relations button").First.ClickAsync();
        await page.SettledAsync();
        var evidenceView = await ViewOf(page);

        await using var shared = await browser.OpenAsync();
        await shared.Page.GotoAsync(page.Page.Url);
        await shared.SettledAsync();

        Assert.Equivalent(evidenceView, await ViewOf(shared), strict: true);
        Assert.Contains("depth=2", page.Page.Url);
        Assert.Contains("asOf=1925", page.Page.Url);
        Assert.NotEqual(entityView.Panel, evidenceView.Panel);

        await page.Page.GoBackAsync();
        await page.SettledAsync();
        Assert.Equivalent(entityView, await ViewOf(page), strict: true);
        await page.AssertNothingWentWrongAsync();
        await shared.AssertNothingWentWrongAsync();
    }

    private static async Task<View> ViewOf(ExplorerPage page) => new(
        (await page.NodeIdsAsync()).Order().ToArray(),
        (await page.EdgesAsync()).Select(e => e.Id).Order().ToArray(),
        await page.Panel.IsVisibleAsync() ? await page.PanelTitle.TextContentAsync() : null,
        await page.Page.Locator("#as-of-year").TextContentAsync(),
        await page.Page.Locator("#depth").InputValueAsync(),
        await page.Status.TextContentAsync());
}
