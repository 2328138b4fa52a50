namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReaderTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task TheReaderHighlightsEveryMentionOfKamenevAndEachNameOpensItsEntity()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        var documentId = await api.OnlyDocumentIdAsync();
        await page.GotoAsync("?entity=kamenev&show=entity%3Akamenev");

        await page.Panel.Locator("ul.documents button").First.ClickAsync();
        await page.SettledAsync();

        var mentions = await api.MentionsAsync(documentId, "kamenev");
        var text = await api.DocumentTextAsync(documentId);
        var marked = page.Panel.Locator(".mention.is-marked");
        Assert.NotEmpty(mentions);
        Assert.Equal(mentions.Select(m => CodePoints.Slice(text, m.Start, m.End)), await marked.AllTextContentsAsync());
        Assert.All(await marked.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.entity)"), id => Assert.Equal("kamenev", id));
        // The reader holds the whole document, not only the paragraphs that name Kamenev.
        Assert.Equal(text.Replace("\n", ""), (await page.Panel.Locator("article.reader").TextContentAsync())!.Replace("\n", ""));
        // The reader opens scrolled to the first of them.
        var panel = await page.Panel.BoundingBoxAsync();
        var first = await marked.First.BoundingBoxAsync();
        Assert.InRange(first!.Y, panel!.Y, panel.Y + panel.Height - first.Height);
        await page.ScreenshotAsync("reader-kamenev-1280x800.png");

        await page.Panel.Locator(".mention[data-entity='stalin']").First.ClickAsync();
        await page.SettledAsync();
        Assert.Equal("Joseph Stalin", await page.PanelTitle.TextContentAsync());
        await page.AssertNothingWentWrongAsync();
    }
}
