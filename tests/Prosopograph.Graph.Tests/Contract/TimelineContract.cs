using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task TimelineIsChronologicalWithAYearBeforeTheMonthsInIt()
    {
        var store = await StoreAsync();

        var timeline = (await store.GetTimelineAsync(new TimelineQuery(null, null, null))).Items;

        // 1929 (Bukharin expelled) and 1929-01 (Trotsky deported) start on the same day: the coarser date, the whole
        // year, comes first. Undated relations are absent.
        Assert.Equal(
            ["r01", "r02", "r03", "r05", "r07", "r06", "r11", "r08", "r10"],
            timeline.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task TimelineOfOneEntityWithinYears()
    {
        var store = await StoreAsync();

        var timeline = (await store.GetTimelineAsync(new TimelineQuery("trotsky", 1927, 1936))).Items;

        Assert.Equal([("r05", "1927"), ("r06", "1929-01"), ("r11", "1935")], timeline.Select(r => (r.Id, r.Date?.Edtf)));
    }

    [SkippableFact]
    public async Task TimelineOfSeveralTypesHoldsTheirUnion()
    {
        var store = await StoreAsync();

        var timeline = (await store.GetTimelineAsync(new TimelineQuery(null, null, null, Only.Types("founded", "assassinated")))).Items;

        Assert.Equal(["r01", "r02", "r10"], timeline.Select(r => r.Id));
    }
}
