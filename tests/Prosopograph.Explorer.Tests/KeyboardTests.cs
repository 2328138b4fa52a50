namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task WithTheKeyboardAloneAReaderSearchesOpensAnEntityAndClosesItsPanel()
    {
        await using var page = await browser.OpenAsync();
        await page.GotoAsync();
        var keyboard = page.Page.Keyboard;

        // Tab from the top of the page to the search box.
        for (var i = 0; i < 5 && await FocusedId(page) != "search"; i++)
        {
            await keyboard.PressAsync("Tab");
        }
        Assert.Equal("search", await FocusedId(page));
        await keyboard.TypeAsync("kamenev");
        await page.Page.Locator("[role=option][data-entity='kamenev']").WaitForAsync();
        await keyboard.PressAsync("Enter");
        await page.SettledAsync();

        Assert.True(await page.Panel.IsVisibleAsync());
        Assert.Equal("Lev Kamenev", await page.PanelTitle.TextContentAsync());
        Assert.Equal("panel-title", await FocusedId(page));
        Assert.Contains("kamenev", await page.NodeIdsAsync());

        // Into the panel and onto a relation: Enter opens its evidence.
        await keyboard.PressAsync("Tab");
        while (await page.Page.EvaluateAsync<bool>("() => !document.activeElement.closest('ol.relations')"))
        {
            await keyboard.PressAsync("Tab");
        }
        await keyboard.PressAsync("Enter");
        await page.SettledAsync();
        Assert.True(await page.Panel.Locator("mark.quote").First.IsVisibleAsync());

        await keyboard.PressAsync("Escape");
        await page.SettledAsync();

        Assert.False(await page.Panel.IsVisibleAsync());
        Assert.Equal("search", await FocusedId(page));
        await page.AssertNothingWentWrongAsync();
    }

    private static async Task<string> FocusedId(ExplorerPage page) =>
        await page.Page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");
}
