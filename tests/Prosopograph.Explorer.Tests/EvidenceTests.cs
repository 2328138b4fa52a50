namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class EvidenceTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task ClickingAnEdgeHighlightsEachQuoteExactlyAtItsOffsets()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        await page.GotoAsync("?entity=trotsky&asOf=1935");
        var expulsion = (await page.EdgesAsync()).Single(e => e is { Source: "trotsky", Type: "expelled_from", Target: "bolshevik-party" });

        await page.ClickCanvasAsync(expulsion.Id);

        var relation = await api.RelationAsync(expulsion.Id);
        var expected = new List<string>();
        foreach (var evidence in relation.Evidence)
        {
            expected.Add(CodePoints.Slice(await api.DocumentTextAsync(evidence.DocumentId), evidence.Start, evidence.End));
        }
        Assert.Equal(expected, await page.Panel.Locator("mark.quote").AllTextContentsAsync());
        Assert.Equal(relation.Evidence.Select(e => e.Quote), expected);
        Assert.Contains("expelled from", await page.PanelTitle.TextContentAsync());
        Assert.Contains($"show=relation%3A{expulsion.Id}", page.Page.Url);
        // The quote sits inside its paragraph, and the citation names where it is.
        var paragraph = await page.Panel.Locator("blockquote p").First.TextContentAsync();
        Assert.True(paragraph!.Length > expected[0].Length);
        Assert.Contains($"code points {relation.Evidence[0].Start}–{relation.Evidence[0].End}", await page.Panel.Locator(".citation").First.TextContentAsync());
        await page.AssertNothingWentWrongAsync();
    }
}
