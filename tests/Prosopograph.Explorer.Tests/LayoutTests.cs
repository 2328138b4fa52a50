using System.Globalization;
using Xunit.Abstractions;

namespace Prosopograph.Explorer.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task OnA400PixelScreenNothingIsWiderThanTheScreen()
    {
        await using var page = await browser.OpenAsync(width: 400, height: 800);
        await page.GotoAsync("?entity=trotsky&show=entity%3Atrotsky");

        Assert.True(await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 400);
        var canvas = await page.Page.Locator("#graph").BoundingBoxAsync();
        var panel = await page.Panel.BoundingBoxAsync();
        Assert.True(canvas!.Width >= 360, $"the canvas is {canvas.Width} px wide");
        Assert.True(panel!.Y >= canvas.Y + canvas.Height, "the panel comes below the canvas");
        await page.ScreenshotAsync("trotsky-400.png");
        await page.AssertNothingWentWrongAsync();
    }

    [SkippableFact]
    public async Task At1280By800TheCanvasAndThePanelSitSideBySide()
    {
        await using var page = await browser.OpenAsync();
        await page.GotoAsync("?entity=trotsky&asOf=1927&show=relation%3Ar-trotsky-expelled-from-bolshevik-party");

        var canvas = await page.Page.Locator("#graph").BoundingBoxAsync();
        var panel = await page.Panel.BoundingBoxAsync();
        Assert.True(canvas!.Width >= 700, $"the canvas is {canvas.Width} px wide");
        Assert.True(panel!.X >= canvas.X + canvas.Width - 1, "the panel is beside the canvas");
        Assert.True(await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 1280);
        await page.ScreenshotAsync("evidence-1280x800.png");
        await page.AssertNothingWentWrongAsync();
    }

    [SkippableFact]
    public async Task TheLargestNeighbourhoodOfTheEssayRendersWholeAndItsTimeIsRecorded()
    {
        await using var page = await browser.OpenAsync();
        using var api = new ApiAnswers(page.Origin);
        var (largest, size) = (string.Empty, 0);
        foreach (var id in await api.EntityIdsAsync())
        {
            var graph = await api.NeighbourhoodAsync(id, depth: 3);
            if (graph.NodeIds.Count + graph.Links.Count > size)
            {
                (largest, size) = (id, graph.NodeIds.Count + graph.Links.Count);
            }
        }
        await page.GotoAsync("?depth=3&entity=" + largest);
        var cold = await page.LastRenderAsync();
        var nodes = (await page.NodeIdsAsync()).Length;
        var edges = (await page.EdgesAsync()).Length;
        var warm = new List<RenderTime>();
        for (var i = 0; i < 3; i++)
        {
            await page.Page.Locator("#depth").SelectOptionAsync("2");
            await page.SettledAsync();
            await page.Page.Locator("#depth").SelectOptionAsync("3");
            await page.SettledAsync();
            warm.Add(await page.LastRenderAsync());
        }
        var median = warm.OrderBy(t => t.TotalMs).ElementAt(1);

        // The first render also compiles the layout's code; every later one (a year, a filter, a depth) is warm.
        var report = string.Create(CultureInfo.InvariantCulture,
            $"{largest} at depth 3: {nodes} nodes, {edges} edges; first render {Describe(cold)}; later renders (median of 3) {Describe(median)}");
        output.WriteLine(report);
        await File.AppendAllTextAsync(Artifacts.PathOf("render-time.txt"), $"{DateTime.UtcNow:u} {report}{Environment.NewLine}");
        // The time is recorded, not bounded: a timed test fails on a loaded machine and measures the machine, so the
        // one-second aim is read from render-time.txt (docs/explorer.md), as every other figure comes from a measurement.
        Assert.Equal(size, nodes + edges);
        Assert.True(median.TotalMs > 0 && cold.TotalMs > 0, "a render reported no time: the page did not lay the graph out");
        await page.AssertNothingWentWrongAsync();
    }

    private static string Describe(RenderTime time) => string.Create(CultureInfo.InvariantCulture,
        $"{time.TotalMs:F0} ms (elements {time.AddMs:F0}, fCoSE layout {time.LayoutMs:F0}, first frame {time.PaintMs:F0})");
}
