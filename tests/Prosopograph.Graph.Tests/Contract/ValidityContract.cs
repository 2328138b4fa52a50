using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableTheory]
    [InlineData("r03", "dated", "1923", "1925")] // allied 1923/1925: its own interval
    [InlineData("r08", "dated", "1938", null)] // executed 1938: an act, in force from its date on
    [InlineData("r04", "bounded", "1888-10-09", "1938-03-15")] // allied, undated: while Bukharin lives (Stalin has no lifespan)
    [InlineData("r09", "undated", null, null)] // agent of, undated, neither end has a lifespan
    [InlineData("r12", "undated", null, null)] // criticised, undated, and its patient Stalin has no known end
    public async Task EveryRelationCarriesItsValidityAndWhereItComesFrom(string id, string kind, string? from, string? to)
    {
        var store = await StoreAsync();

        var relation = await store.FindRelationAsync(id);

        Assert.Equal(new ValidityView(kind, from, to), relation!.Validity);
    }

    [SkippableFact]
    public async Task ARelationCarriesItsDateAsEdtfWithItsProvenance()
    {
        var store = await StoreAsync();

        Assert.Equal(new DateView("1923/1925", "text"), (await store.FindRelationAsync("r03"))!.Date);
        Assert.Null((await store.FindRelationAsync("r04"))!.Date);
    }

    [SkippableFact]
    public async Task EntitiesCarryTheirExistenceWhereItIsKnown()
    {
        var store = await StoreAsync();

        var bukharin = await store.FindEntityAsync("bukharin");
        var found = await store.SearchEntitiesAsync(new EntitySearch("Lenin", null, 10, 0));
        var export = store.Export(new ExportQuery(RelationCriteria.All));
        var nodes = await export.Nodes.ToListAsync();
        var links = await export.Links.ToListAsync();

        Assert.Equal(new DateView("1888-10-09/1938-03-15", "editorial"), bukharin!.Existence);
        Assert.Equal(new DateView("1870-04-22/1924-01-21", "editorial"), found.Items.Single(e => e.Id == "lenin").Existence);
        Assert.Null(nodes.Single(n => n.Id == "stalin").Existence);
        Assert.Equal("1888-10-09/1938-03-15", nodes.Single(n => n.Id == "bukharin").Existence?.Edtf);
        Assert.Equal(new ValidityView("bounded", "1888-10-09", "1938-03-15"), links.Single(l => l.Id == "r04").Validity);
    }

    [SkippableFact]
    public async Task ABoundedStateOfAffairsEndsWithItsParticipant()
    {
        var store = await StoreAsync();

        var in1938 = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("bukharin", 1, RelationCriteria.All, 1938));
        var in1939 = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("bukharin", 1, RelationCriteria.All, 1939));

        Assert.Equal(["r04", "r07", "r08"], in1938!.Edges.Select(e => e.Id));
        Assert.Equal(["r07", "r08"], in1939!.Edges.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task UndatedExcludeDropsWhatNothingPlacesInTime()
    {
        var store = await StoreAsync();

        var graph = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("stalin", 1, RelationCriteria.All, 1924, IncludeUndated: false));
        var paths = (await store.FindPathsAsync(new PathQuery("mercader", "stalin", 4, RelationCriteria.All, null, 10, IncludeUndated: false))).Paths;
        var all = await store.QueryRelationsAsync(new RelationFilter(IncludeUndated: false));

        Assert.Equal(["r03", "r04"], graph!.Edges.Select(e => e.Id));
        // Without the undated "agent of", Mercader reaches Stalin only the long way, through Trotsky, the Party and Bukharin.
        Assert.Equal([["r10", "r05", "r07", "r04"], ["r10", "r05", "r07", "r08"]], paths.Select(p => p.Edges.Select(e => e.Id).ToArray()));
        Assert.Equal(10, all.Total);
        Assert.DoesNotContain(all.Items, r => r.Id is "r09" or "r12");
    }

    [SkippableFact]
    public async Task RelationsAndTimelineAsOfAYearKeepOnlyWhatHolds()
    {
        var store = await StoreAsync();

        var relations = await store.QueryRelationsAsync(new RelationFilter(AsOf: 1939, IncludeUndated: false));
        var timeline = (await store.GetTimelineAsync(new TimelineQuery(null, null, null, AsOf: 1930))).Items;

        // Relation lists come in timeline order too (r07 is dated before r06).
        Assert.Equal(["r01", "r02", "r05", "r07", "r06", "r08"], relations.Items.Select(r => r.Id));
        Assert.Equal(["r01", "r02", "r05", "r07", "r06"], timeline.Select(r => r.Id));
    }
}
