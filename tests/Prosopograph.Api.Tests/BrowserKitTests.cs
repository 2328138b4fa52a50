using System.Net;
using System.Text.RegularExpressions;
using Prosopograph.Api.Browser;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Vocabulary;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed partial class BrowserKitTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    private static string GuideMarkdown => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "browser-guide.md"));

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/browser/style.grass")]
    [InlineData("/browser/guide.html")]
    [InlineData("/browser/guide.adoc")]
    [InlineData("/browser/palette.json")]
    public async Task BrowserMayFetchEveryKitFileFromItsOwnOrigin(string url)
    {
        var (response, _) = await GetAsync(url);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task TheStylesheetColoursEveryKindFromThePaletteAndCaptionsByName()
    {
        var kinds = (await _client.GetOkAsync<PageResponse<EntityKindItem>>("/api/entity-kinds")).Items;

        var (_, grass) = await GetAsync("/browser/style.grass");

        Assert.All(kinds, kind =>
        {
            var rule = Regex.Match(grass, $"node\\.{kind.Label} \\{{(?<body>.*?)\n\\}}", RegexOptions.Singleline);
            Assert.True(rule.Success, $"no rule for {kind.Label}");
            Assert.Contains($"color: {Palette.Shared.Kinds[kind.Id]};", rule.Groups["body"].Value);
            Assert.Contains("caption: \"{name}\";", rule.Groups["body"].Value);
        });
    }

    [Fact]
    public async Task ThePlayGuideRunsExactlyTheLintedStatementsOfDocsBrowserGuide()
    {
        var (response, html) = await GetAsync("/browser/guide.html");

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var served = RunnableBlock().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["cypher"].Value)).ToList();
        Assert.Equal(CypherBlocks(GuideMarkdown), served);
        Assert.Equal(Regex.Matches(GuideMarkdown, "^## ", RegexOptions.Multiline).Count, Regex.Matches(html, "<slide ").Count);
        Assert.Contains(served, s => s.Contains(":param group => 'bolshevik-old-guard';", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAsciiDocGuideHoldsTheSameStatementsAsRunnableSourceBlocks()
    {
        var (_, adoc) = await GetAsync("/browser/guide.adoc");

        var served = AsciiDocBlock().Matches(adoc).Select(m => m.Groups["cypher"].Value).ToList();
        Assert.Equal(CypherBlocks(GuideMarkdown), served);
        Assert.StartsWith("= Prosopograph", adoc);
    }

    [Fact]
    public async Task ThePaletteColoursEveryEntityKind()
    {
        var kinds = (await _client.GetOkAsync<PageResponse<EntityKindItem>>("/api/entity-kinds")).Items;

        var palette = await _client.GetOkAsync<Palette>("/browser/palette.json");

        Assert.All(kinds, k => Assert.Matches("^#[0-9A-F]{6}$", palette.Kinds[k.Id]));
    }

    private static List<string> CypherBlocks(string markdown) =>
        MarkdownBlock().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(m => m.Groups["cypher"].Value.TrimEnd()).ToList();

    [GeneratedRegex("<pre class=\"pre-scrollable code runnable\">(?<cypher>.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex RunnableBlock();

    [GeneratedRegex(@"\[source,cypher\]\n----\n(?<cypher>.*?)\n----", RegexOptions.Singleline)]
    private static partial Regex AsciiDocBlock();

    [GeneratedRegex(@"```cypher\n(?<cypher>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkdownBlock();
}
