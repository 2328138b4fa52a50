using System.Net;
using System.Text.RegularExpressions;

namespace Prosopograph.Explorer.Tests;

/// <summary>The offline and CSP guarantees that can be read off the files themselves, with or without a browser.</summary>
public sealed partial class PageSourceTests : IClassFixture<ExplorerApp>
{
    private static readonly string WebRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
    private readonly ExplorerApp app;

    public PageSourceTests(ExplorerApp app) => this.app = app;

    private static IEnumerable<string> OwnFiles() =>
        Directory.EnumerateFiles(WebRoot, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}vendor{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public async Task TheRootServesTheExplorerWhichLinksToTheApiReference()
    {
        using var client = new HttpClient { BaseAddress = app.Origin };

        var root = await client.GetAsync("/");
        var html = await root.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Equal("text/html", root.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Prosopograph explorer</title>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/scalar\"", html, StringComparison.Ordinal);
        // The API's header policy (contract §2) is the page's meta policy plus frame-ancestors, which a meta tag cannot set.
        var header = Assert.Single(root.Headers.GetValues("Content-Security-Policy"));
        var meta = MetaPolicy().Match(html).Groups["policy"].Value;
        Assert.Equal(header.Replace(" frame-ancestors 'none';", "", StringComparison.Ordinal), meta);
        Assert.Contains("<title>Prosopograph API</title>", await client.GetStringAsync("/scalar"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryVendoredScriptTheExplorerLoadsHasItsLicenceBesideIt()
    {
        var html = File.ReadAllText(Path.Combine(WebRoot, "index.html"));
        var vendored = VendorScript().Matches(html).Select(m => m.Groups["folder"].Value).ToList();

        Assert.Equal(["cytoscape", "layout-base", "cose-base", "cytoscape-fcose"], vendored);
        Assert.All(vendored, folder => Assert.Contains("Permission is hereby granted",
            File.ReadAllText(Path.Combine(WebRoot, "vendor", folder, "LICENSE")), StringComparison.Ordinal));
    }

    [Fact]
    public void ThePageHasNoInlineScriptStyleOrHandler()
    {
        var html = File.ReadAllText(Path.Combine(WebRoot, "index.html"));

        Assert.All(ScriptTag().Matches(html), tag => Assert.Contains(" src=\"", tag.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InlineAttribute(), html);
    }

    [Fact]
    public void TheExplorersOwnFilesNeverParseHtmlNorNameAnotherOrigin()
    {
        var files = OwnFiles().ToList();

        Assert.NotEmpty(files);
        Assert.All(files.Where(f => f.EndsWith(".js", StringComparison.Ordinal)), file =>
            Assert.DoesNotMatch(HtmlParsing(), File.ReadAllText(file)));
        Assert.All(files, file => Assert.DoesNotContain("://", File.ReadAllText(file), StringComparison.Ordinal));
    }

    [GeneratedRegex("http-equiv=\"Content-Security-Policy\" content=\"(?<policy>[^\"]+)\"")]
    private static partial Regex MetaPolicy();

    [GeneratedRegex("<script src=\"vendor/(?<folder>[^/]+)/")]
    private static partial Regex VendorScript();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""\s(style|on[a-z]+)\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttribute();

    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function")]
    private static partial Regex HtmlParsing();
}
