using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task TheTimelineComesAPageAtATimeWithItsTotal()
    {
        var store = await StoreAsync();

        var page = await store.GetTimelineAsync(new TimelineQuery(null, null, null, Limit: 3, Offset: 2));
        var beyond = await store.GetTimelineAsync(new TimelineQuery(null, null, null, Limit: 3, Offset: 9));

        Assert.Equal(["r03", "r05", "r07"], page.Items.Select(r => r.Id));
        Assert.Equal((9, 3, 2), (page.Total, page.Limit, page.Offset));
        Assert.Empty(beyond.Items);
        Assert.Equal(9, beyond.Total);
    }

    [SkippableFact]
    public async Task ATimelinePageOfSeveralTypesOrOfOneEntityIsASliceOfTheWhole()
    {
        var store = await StoreAsync();

        var ofTypes = await store.GetTimelineAsync(new TimelineQuery(null, null, null, Only.Types("founded", "assassinated"), Limit: 1, Offset: 1));
        var ofTrotsky = await store.GetTimelineAsync(new TimelineQuery("trotsky", null, null, Limit: 2, Offset: 1));

        Assert.Equal(["r02"], ofTypes.Items.Select(r => r.Id));
        Assert.Equal(3, ofTypes.Total);
        // Trotsky's dated relations: r02, r05, r06, r11, r10.
        Assert.Equal(["r05", "r06"], ofTrotsky.Items.Select(r => r.Id));
        Assert.Equal(5, ofTrotsky.Total);
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData("expelled_from")]
    [InlineData("killed,allied_with")]
    [InlineData("founded,criticised,agent_of")]
    public async Task APageOfRelationsIsThatSliceOfTheWholeList(string? types)
    {
        var store = await StoreAsync();
        var criteria = types is null ? null : Only.Types(types.Split(','));

        var whole = await store.QueryRelationsAsync(new RelationFilter(criteria, Limit: 500));
        var pages = new List<string>();
        for (var offset = 0; offset < whole.Total; offset += 2)
        {
            var page = await store.QueryRelationsAsync(new RelationFilter(criteria, Limit: 2, Offset: offset));
            Assert.Equal(whole.Total, page.Total);
            pages.AddRange(page.Items.Select(r => r.Id));
        }

        Assert.NotEmpty(whole.Items);
        Assert.Equal(whole.Items.Select(r => r.Id), pages);
    }
}
