namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TimeTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task MovingTheYearFrom1926To1935TurnsTrotskysPartyMembershipIntoHisExpulsion()
    {
        await using var page = await browser.OpenAsync();
        await page.GotoAsync("?entity=trotsky");
        var slider = page.Page.Locator("#as-of");

        await slider.FillAsync("1926");
        await page.SettledAsync();
        var in1926 = TiesToTheParty(await page.EdgesAsync());
        var status1926 = await page.Status.TextContentAsync();

        await slider.FillAsync("1935");
        await page.SettledAsync();
        var in1935 = TiesToTheParty(await page.EdgesAsync());

        Assert.Equal(["member_of"], in1926);
        Assert.Equal(["expelled_from"], in1935);
        Assert.Contains("as of 1926", status1926);
        Assert.Contains("as of 1935", await page.Status.TextContentAsync());
        Assert.Equal("1935", await page.Page.Locator("#as-of-year").TextContentAsync());
        Assert.Contains("asOf=1935", page.Page.Url);
        await page.AssertNothingWentWrongAsync();
    }

    [SkippableFact]
    public async Task PlayStepsThroughTheYearsAndStopsAtTheLast()
    {
        await using var page = await browser.OpenAsync();
        await page.GotoAsync("?entity=trotsky");
        var max = int.Parse(await page.Page.Locator("#as-of").GetAttributeAsync("max") ?? "0");
        await page.Page.Locator("#as-of").FillAsync((max - 2).ToString());
        await page.SettledAsync();

        await page.Page.Locator("#play").ClickAsync();

        await page.Page.WaitForFunctionAsync($"() => document.querySelector('#as-of-year').textContent === '{max}'");
        await page.Page.WaitForFunctionAsync("() => document.querySelector('#play').getAttribute('aria-pressed') === 'false'");
        await page.SettledAsync();
        Assert.Contains($"as of {max}", await page.Status.TextContentAsync());
        await page.AssertNothingWentWrongAsync();
    }

    private static string[] TiesToTheParty(CanvasEdge[] edges) =>
        edges.Where(e => e.Source == "trotsky" && e.Target == "bolshevik-party" && e.Type is "member_of" or "expelled_from")
            .Select(e => e.Type).Order().ToArray();
}
