using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Prosopograph.Explorer.Tests;

/// <summary>An edge on the canvas; Colour is its line colour as Cytoscape reports it (rgb(r,g,b)).</summary>
public sealed record CanvasEdge(string Id, string Type, string Source, string Target, string Validity, string Voice, string Stance, string Line, string Colour);

/// <summary>A node on the canvas; Colour is its fill as Cytoscape reports it (rgb(r,g,b)).</summary>
public sealed record CanvasNode(string Id, string Kind, string Colour);

/// <summary>How long the canvas took to show a graph: adding the elements, the fCoSE layout, the first frame.</summary>
public sealed record RenderTime(double TotalMs, double AddMs, double LayoutMs, double PaintMs);

/// <summary>
/// A page of the explorer in the browser, with what every scenario asserts at its end: no console error, no
/// uncaught exception, no request to anywhere but the app's own origin, no error shown on the page.
/// </summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> consoleErrors = new();
    private readonly ConcurrentQueue<string> foreignRequests = new();

    public ExplorerPage(IBrowserContext context, IPage page, Uri origin)
    {
        this.context = context;
        Page = page;
        Origin = origin;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Enqueue($"uncaught: {error}");
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme != "data" && !(url.Scheme == origin.Scheme && url.Authority == origin.Authority))
            {
                foreignRequests.Enqueue(request.Url);
            }
        };
    }

    public IPage Page { get; }

    public Uri Origin { get; }

    public ILocator Panel => Page.Locator("#panel");

    public ILocator PanelTitle => Page.Locator("#panel-title");

    public ILocator Status => Page.Locator("#graph-status");

    /// <summary>Opens the page at a query (e.g. "?entity=trotsky") and waits until it has rendered it.</summary>
    public async Task GotoAsync(string query = "")
    {
        await Page.GotoAsync(new Uri(Origin, "/" + query).ToString());
        await SettledAsync();
    }

    /// <summary>Waits until the page has rendered every view asked of it so far.</summary>
    public async Task SettledAsync()
    {
        await Page.WaitForFunctionAsync("() => window.explorer !== undefined");
        await Page.EvaluateAsync("() => window.explorer.settled()");
    }

    public async Task<string[]> NodeIdsAsync() => await Page.EvaluateAsync<string[]>("() => explorer.nodeIds()");

    public async Task<CanvasNode[]> NodesAsync() =>
        (await Page.EvaluateAsync<JsonElement>("() => explorer.nodes()")).Deserialize<CanvasNode[]>(Json)!;

    public async Task<CanvasEdge[]> EdgesAsync() =>
        (await Page.EvaluateAsync<JsonElement>("() => explorer.edges()")).Deserialize<CanvasEdge[]>(Json)!;

    public async Task<string[]> HighlightedAsync() => await Page.EvaluateAsync<string[]>("() => explorer.highlighted()");

    public async Task<RenderTime> LastRenderAsync() =>
        (await Page.EvaluateAsync<JsonElement>("() => explorer.lastRender()")).Deserialize<RenderTime>(Json)!;

    /// <summary>Clicks a node or an edge where the canvas draws it, as a reader would.</summary>
    public async Task ClickCanvasAsync(string elementId)
    {
        var (x, y) = await PointOfAsync(elementId);
        await Page.Mouse.ClickAsync(x, y);
        await SettledAsync();
    }

    public async Task DoubleClickCanvasAsync(string nodeId)
    {
        // Cytoscape counts two taps as a double tap only within its delay; on a loaded machine the headless browser
        // can handle the second tap too late (a CI run saw nothing expand), so a double click that changed nothing
        // is made once more, as a reader would. An explorer that never expands still fails the tests.
        var url = Page.Url;
        for (var attempt = 1; attempt <= 2 && Page.Url == url; attempt++)
        {
            var (x, y) = await PointOfAsync(nodeId);
            await Page.Mouse.DblClickAsync(x, y);
            await SettledAsync();
        }
    }

    private async Task<(float X, float Y)> PointOfAsync(string elementId)
    {
        var point = await Page.EvaluateAsync<JsonElement>("id => explorer.pointOf(id)", elementId);
        Assert.Equal(JsonValueKind.Object, point.ValueKind);
        return (point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
    }

    /// <summary>Types into a search box and picks the suggestion for an entity.</summary>
    public async Task PickSuggestionAsync(string inputSelector, string text, string entityId)
    {
        await Page.Locator(inputSelector).PressSequentiallyAsync(text);
        await Page.Locator($"[role=option][data-entity='{entityId}']").ClickAsync();
        await SettledAsync();
    }

    public async Task ScreenshotAsync(string file) =>
        await Page.ScreenshotAsync(new() { Path = Artifacts.PathOf(file), FullPage = true });

    /// <summary>What every scenario ends with.</summary>
    public async Task AssertNothingWentWrongAsync()
    {
        Assert.Empty(consoleErrors);
        Assert.Empty(foreignRequests);
        Assert.Equal("", await Page.Locator("#error").TextContentAsync());
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
