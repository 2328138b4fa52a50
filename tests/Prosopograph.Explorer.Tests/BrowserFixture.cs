using Microsoft.Playwright;

namespace Prosopograph.Explorer.Tests;

/// <summary>
/// One app and one headless Chromium for all browser tests. The browser is Debian's (apt-get install chromium,
/// which .ci/run does): Playwright's own browser download cannot work offline and is never run. Without
/// /usr/bin/chromium every browser test reports itself skipped with <see cref="SkipReason"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public ExplorerApp App { get; } = new();

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); the browser tests need it.";
            return;
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh browser context and page at this viewport, watched for console errors and foreign requests.</summary>
    public async Task<ExplorerPage> OpenAsync(int width = 1280, int height = 800)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        return new ExplorerPage(context, await context.NewPageAsync(), App.Origin);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Explorer in Chromium";
}
