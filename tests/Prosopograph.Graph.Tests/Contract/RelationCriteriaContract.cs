using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Tests.Contract;

/// <summary>
/// The shared relation criteria (type with its narrower types, source, stance) mean the same on every query that
/// returns relations. The fixture: executed (r08) and assassinated (r10) are narrower than killed; r11 is a rumour
/// reported by journalists and disputed by the author; r12 is Lenin quoted.
/// </summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task ABroaderTypeFindsItsNarrowerTypesUnlessExact()
    {
        var store = await StoreAsync();

        var killed = await store.QueryRelationsAsync(new RelationFilter(Only.Types("killed")));
        var exactlyKilled = await store.QueryRelationsAsync(new RelationFilter(Only.ExactTypes("killed")));
        var exactlyExecuted = await store.QueryRelationsAsync(new RelationFilter(Only.ExactTypes("executed")));

        Assert.Equal([("r08", "executed"), ("r10", "assassinated")], killed.Items.Select(r => (r.Id, r.Type)));
        Assert.Empty(exactlyKilled.Items);
        Assert.Equal(["r08"], exactlyExecuted.Items.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task TypesAreAUnion()
    {
        var store = await StoreAsync();

        var page = await store.QueryRelationsAsync(new RelationFilter(Only.Types("executed", "founded")));

        Assert.Equal(["r01", "r02", "r08"], page.Items.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task VoiceAndStanceAreKeptApart()
    {
        var store = await StoreAsync();

        var rumour = await store.FindRelationAsync("r11");
        var quote = await store.FindRelationAsync("r12");

        Assert.Equal(new VoiceView("reported", new EntityRef("journalists", "Journalists", "group"), "disputed", "author"), rumour?.Voice);
        Assert.Equal(new VoiceView("quoted", new EntityRef("lenin", "Vladimir Lenin", "person"), "asserted", null), quote?.Voice);
    }

    [SkippableFact]
    public async Task SourceAndStanceFilterRelationListsAsUnions()
    {
        var store = await StoreAsync();

        var relayed = await store.QueryRelationsAsync(new RelationFilter(Only.Sources("quoted", "reported")));
        var authors = await store.QueryRelationsAsync(new RelationFilter(Only.Sources("author")));
        var disputed = await store.QueryRelationsAsync(new RelationFilter(Only.Stances("disputed")));
        var disputedOfLenin = await store.QueryRelationsAsync(new RelationFilter(Only.Stances("disputed"), Entity: "lenin"));

        Assert.Equal(["r11", "r12"], relayed.Items.Select(r => r.Id));
        Assert.Equal(10, authors.Total);
        Assert.DoesNotContain(authors.Items, r => r.Voice.Source != "author");
        Assert.Equal(["r11"], disputed.Items.Select(r => r.Id));
        Assert.Empty(disputedOfLenin.Items);
    }

    [SkippableFact]
    public async Task TheTimelineTakesTheRelationCriteria()
    {
        var store = await StoreAsync();

        var killings = (await store.GetTimelineAsync(new TimelineQuery(null, null, null, Only.Types("killed")))).Items;
        var asserted = (await store.GetTimelineAsync(new TimelineQuery("trotsky", null, null, Only.Stances("asserted")))).Items;

        Assert.Equal(["r08", "r10"], killings.Select(r => r.Id));
        Assert.Equal(["r02", "r05", "r06", "r10"], asserted.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task NeighbourhoodsAndPathsTakeTheRelationCriteria()
    {
        var store = await StoreAsync();

        var killings = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 1, Only.Types("killed"), null));
        var rumoursOnly = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 1, Only.Sources("reported"), null));
        var byKilling = (await store.FindPathsAsync(new PathQuery("trotsky", "stalin", 4, Only.Types("killed", "agent_of"), null, 10))).Paths;
        var byQuotes = (await store.FindPathsAsync(new PathQuery("lenin", "stalin", 4, Only.Sources("quoted"), null, 10))).Paths;
        var byTheAuthor = (await store.FindPathsAsync(new PathQuery("lenin", "stalin", 2, Only.Sources("author"), null, 10))).Paths;

        Assert.Equal(["trotsky", "mercader"], killings?.Nodes.Select(n => n.Id));
        Assert.Equal(["r10"], killings?.Edges.Select(e => e.Id));
        Assert.Equal(["r11"], rumoursOnly?.Edges.Select(e => e.Id));
        Assert.Equal(["r10", "r09"], Assert.Single(byKilling).Edges.Select(e => e.Id));
        Assert.Equal(["r12"], Assert.Single(byQuotes).Edges.Select(e => e.Id));
        Assert.DoesNotContain(byTheAuthor, p => p.Edges.Any(e => e.Id == "r12"));
    }

    [SkippableFact]
    public async Task TheExportKeepsEveryEntityAndTheMatchingRelations()
    {
        var store = await StoreAsync();

        var export = store.Export(new ExportQuery(Only.Stances("disputed")));

        Assert.Equal(Corpus.Entities.Count, await export.Nodes.CountAsync());
        var link = Assert.Single(await export.Links.ToListAsync());
        Assert.Equal(("r11", new LinkVoice("reported", "journalists", "disputed", "author")), (link.Id, link.Voice));
    }

    [SkippableFact]
    public async Task RelationTypesShowTheirPlaceInTheTree()
    {
        var store = await StoreAsync();

        var types = (await store.GetRelationTypesAsync()).ToDictionary(t => t.Id);

        Assert.Equal((null, "violence", 0), (types["killed"].Broader, types["killed"].Family, types["killed"].Count));
        Assert.Equal(["executed", "assassinated"], types["killed"].Narrower);
        Assert.Equal(("killed", "violence", 1), (types["executed"].Broader, types["executed"].Family, types["executed"].Count));
        Assert.Empty(types["executed"].Narrower);
        Assert.Equal((null, null), (types["founded"].Broader, types["founded"].Family));
    }
}
