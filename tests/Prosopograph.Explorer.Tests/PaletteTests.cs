using System.Text.Json;

namespace Prosopograph.Explorer.Tests;

/// <summary>The page draws kinds and voices in the colours of the shared table at /browser/palette.json, and nothing else.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaletteTests(BrowserFixture browser)
{
    private sealed record SharedPalette(Dictionary<string, string> Kinds, Dictionary<string, string> Voices, string Fallback);

    private async Task<SharedPalette> ReadPaletteAsync(Uri origin)
    {
        using var http = new HttpClient { BaseAddress = origin };
        var palette = JsonSerializer.Deserialize<SharedPalette>(
            await http.GetStringAsync("/browser/palette.json"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        // Upper case, as CssColour.Hex writes it.
        return palette with
        {
            Kinds = palette.Kinds.ToDictionary(k => k.Key, k => k.Value.ToUpperInvariant()),
            Voices = palette.Voices.ToDictionary(v => v.Key, v => v.Value.ToUpperInvariant()),
        };
    }

    [SkippableFact]
    public async Task NodesAndTheirLegendSwatchesAreInThePalettesKindColours()
    {
        await using var page = await browser.OpenAsync();
        var palette = await ReadPaletteAsync(page.Origin);
        await page.GotoAsync("?entity=stalin");

        var nodes = await page.NodesAsync();

        Assert.Contains(nodes, n => n.Kind == "person");
        Assert.Contains(nodes, n => n.Kind == "party");
        Assert.All(nodes, n => Assert.Equal(palette.Kinds[n.Kind], CssColour.Hex(n.Colour)));
        Assert.Equal(palette.Kinds["person"], CssColour.Hex(nodes.First(n => n.Kind == "person").Colour));
        Assert.Equal(palette.Kinds["party"], CssColour.Hex(nodes.First(n => n.Kind == "party").Colour));
        var swatches = await page.Page.Locator("#legend-kinds .swatch").EvaluateAllAsync<string[][]>(
            "all => all.map(s => [s.dataset.kind, getComputedStyle(s).backgroundColor])");
        Assert.Equal(palette.Kinds.Keys.Order(), swatches.Select(s => s[0]).Order());
        Assert.All(swatches, s => Assert.Equal(palette.Kinds[s[0]], CssColour.Hex(s[1])));
        await page.AssertNothingWentWrongAsync();
    }

    [SkippableFact]
    public async Task EdgesAndTheLegendAreInThePalettesVoiceColoursQuotedAndReportedApart()
    {
        await using var page = await browser.OpenAsync();
        var palette = await ReadPaletteAsync(page.Origin);
        await page.GotoAsync("?entity=stalin");

        var edges = await page.EdgesAsync();

        // Lenin's testament, quoted by the essay and not disputed: the quoted colour, not the author's.
        var quoted = Assert.Single(edges, e => e.Id == "r-lenin-criticised-stalin-testament");
        Assert.Equal(("quoted", "asserted"), (quoted.Voice, quoted.Stance));
        Assert.Equal(palette.Voices["quoted"], CssColour.Hex(quoted.Colour));
        Assert.Contains(edges, e => e.Voice == "author");
        Assert.Contains(edges, e => e.Stance == "disputed");
        Assert.All(edges, e => Assert.Equal(palette.Voices[e.Stance == "disputed" ? "disputed" : e.Voice], CssColour.Hex(e.Colour)));
        var lines = await page.Page.Locator("#legend-lines .line[data-voice]").EvaluateAllAsync<string[][]>(
            "all => all.map(l => [l.dataset.voice, getComputedStyle(l).borderTopColor])");
        Assert.Equal(["author", "quoted", "reported", "disputed"], lines.Select(l => l[0]));
        Assert.All(lines, l => Assert.Equal(palette.Voices[l[0]], CssColour.Hex(l[1])));
        Assert.NotEqual(palette.Voices["quoted"], palette.Voices["reported"]);
        await page.AssertNothingWentWrongAsync();
    }
}
