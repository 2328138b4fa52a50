using Prosopograph.Api.Contracts;
using Prosopograph.Api.Export;
using Prosopograph.Api.Vocabulary;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Tests;

/// <summary>
/// The relation filters (type with its narrower types, source, stance) on every endpoint that returns relations,
/// over the seed corpus: executed and assassinated are narrower than killed; the 1935 rumours that Trotsky plotted
/// against France are reported by those who spread them and disputed by the author; Lenin's testament is quoted.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RelationFilterTests(ApiFactory api)
{
    private const string Rumour = "r-trotsky-plotted-against-france-per-french-journalists-1935";

    private readonly HttpClient _client = api.CreateClient();

    private Task<PageResponse<RelationItem>> RelationsAsync(string query) =>
        _client.GetOkAsync<PageResponse<RelationItem>>($"/api/relations?limit=500&{query}");

    [Fact]
    public async Task KilledIncludesExecutionsAndAssassinationsUnlessExact()
    {
        var killed = await RelationsAsync("type=killed");
        var exact = await RelationsAsync("type=killed&exact=true");

        Assert.Contains(killed.Items, r => r.Id == "r-stalin-executed-bukharin");
        Assert.Contains(killed.Items, r => r.Id == "r-mercader-assassinated-trotsky");
        Assert.Equal(["assassinated", "executed", "killed"], killed.Items.Select(r => r.Type).Distinct().Order());
        Assert.Equal(["killed"], exact.Items.Select(r => r.Type).Distinct());
        Assert.Equal(killed.Total, exact.Total + (await RelationsAsync("type=executed,assassinated")).Total);
    }

    [Fact]
    public async Task TheRumourOf1935IsReportedAndDisputedByTheAuthor()
    {
        var relation = await _client.GetOkAsync<RelationItem>($"/api/relations/{Rumour}");

        Assert.Equal((ClaimSource.Reported, "french-journalists-1935", ClaimStance.Disputed, "author"),
            (relation.Voice.Source, relation.Voice.AttributedTo?.Id, relation.Voice.Stance, relation.Voice.DisputedBy));
    }

    [Fact]
    public async Task SourceAndStanceListsAreUnionsWhetherCommaSeparatedOrRepeated()
    {
        var quoted = await RelationsAsync("source=quoted");
        var reported = await RelationsAsync("source=reported");
        var comma = await RelationsAsync("source=quoted,reported");
        var repeated = await RelationsAsync("source=quoted&source=reported");
        var reportedButAsserted = await RelationsAsync("source=reported&stance=asserted");

        Assert.Equal(quoted.Total + reported.Total, comma.Total);
        Assert.Equal(comma.Items.Select(r => r.Id), repeated.Items.Select(r => r.Id));
        Assert.All(reportedButAsserted.Items, r => Assert.Equal((ClaimSource.Reported, ClaimStance.Asserted), (r.Voice.Source, r.Voice.Stance)));
        Assert.DoesNotContain(reportedButAsserted.Items, r => r.Id == Rumour);
    }

    [Fact]
    public async Task AnEntitysRelationsTakeTheFilters()
    {
        var disputed = await _client.GetItemsAsync<RelationItem>("/api/entities/trotsky/relations?stance=disputed");

        Assert.Contains(disputed, r => r.Id == Rumour);
        Assert.All(disputed, r => Assert.Equal(ClaimStance.Disputed, r.Voice.Stance));
        Assert.All(disputed, r => Assert.True(r.Source.Id == "trotsky" || r.Target.Id == "trotsky"));
    }

    [Fact]
    public async Task TheTimelineTakesTheFilters()
    {
        var killings = await _client.GetItemsAsync<RelationItem>("/api/timeline?type=killed");
        var quoted = await _client.GetItemsAsync<RelationItem>("/api/timeline?source=quoted");

        Assert.Contains(killings, r => r.Id == "r-mercader-assassinated-trotsky");
        Assert.All(killings, r => Assert.Contains(r.Type, new[] { "killed", "executed", "assassinated" }));
        Assert.Contains(quoted, r => r.Id == "r-lenin-criticised-stalin-postscript" && r.Voice.AttributedTo?.Id == "lenin");
        Assert.All(quoted, r => Assert.Equal(ClaimSource.Quoted, r.Voice.Source));
    }

    [Fact]
    public async Task NeighbourhoodsAndPathsTakeTheFilters()
    {
        var graph = await _client.GetOkAsync<SubgraphResponse>("/api/entities/trotsky/neighbourhood?source=reported");
        var paths = await _client.GetItemsAsync<PathItem>("/api/paths?from=trotsky&to=france&stance=asserted&maxLength=1");

        Assert.NotEmpty(graph.Links);
        Assert.Contains(graph.Links, e => e.Id == Rumour);
        Assert.All(graph.Links, e => Assert.Equal(ClaimSource.Reported, e.Voice.Source));
        Assert.NotEmpty(paths);
        Assert.DoesNotContain(paths.SelectMany(p => p.Links), e => e.Voice.Stance == ClaimStance.Disputed);
    }

    [Fact]
    public async Task TheExportTakesTheFiltersAndKeepsEveryEntity()
    {
        var all = await _client.GetOkAsync<Prosopograph.Api.Tests.Export.ExportedGraph>("/api/export");
        var disputed = await _client.GetOkAsync<Prosopograph.Api.Tests.Export.ExportedGraph>("/api/export?stance=disputed");

        Assert.Equal(all.Nodes.Count, disputed.Nodes.Count);
        Assert.NotEmpty(disputed.Links);
        Assert.All(disputed.Links, l => Assert.Equal((ClaimStance.Disputed, "author"), (l.Voice.Stance, l.Voice.DisputedBy)));
        Assert.Contains(disputed.Links, l => l.Id == Rumour && l.Voice.AttributedTo?.Id == "french-journalists-1935");
    }

    [Fact]
    public async Task RelationTypesShowTheTree()
    {
        var types = (await _client.GetItemsAsync<RelationTypeItem>("/api/relation-types?limit=500")).ToDictionary(t => t.Id);

        Assert.Contains("executed", types["killed"].Narrower);
        Assert.Contains("assassinated", types["killed"].Narrower);
        Assert.Equal(("killed", types["killed"].Family), (types["executed"].Broader, types["executed"].Family));
        Assert.NotNull(types["killed"].Family);
    }
}
