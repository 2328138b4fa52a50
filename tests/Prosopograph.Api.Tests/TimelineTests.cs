using Prosopograph.Api.Contracts;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class TimelineTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TimelineHoldsOnlyDatedRelationsInChronologicalOrderThenById()
    {
        var timeline = await _client.GetItemsAsync<RelationItem>("/api/timeline?limit=500");

        Assert.True(timeline.Count > 20, $"{timeline.Count} dated relations");
        var chronological = timeline.OrderBy(Anchor).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id);
        Assert.Equal(chronological, timeline.Select(r => r.Id));
    }

    [Fact]
    public async Task OnTheSameFirstDayACoarserDateComesFirst()
    {
        using var ties = api.WithCorpus(Path.Combine(AppContext.BaseDirectory, "Corpora", "timeline-ties"));

        var timeline = await ties.CreateClient().GetItemsAsync<RelationItem>("/api/timeline?limit=500");

        Assert.Equal(["1927", "1927-01", "1927-01-01", "1927-03-01"], timeline.Select(r => r.Date?.Edtf));
    }

    [Fact]
    public async Task TrotskysTimelineRunsFromHisExpulsionsToHisAssassination()
    {
        var timeline = await _client.GetItemsAsync<RelationItem>("/api/timeline?entity=trotsky");

        Assert.All(timeline, r => Assert.Contains("trotsky", new[] { r.Source.Id, r.Target.Id }));
        var ids = timeline.Select(r => r.Id).ToList();
        var order = new[]
        {
            "r-trotsky-expelled-from-bolshevik-party",
            "r-trotsky-expelled-from-russia",
            "r-trotsky-expelled-from-france",
            "r-mercader-assassinated-trotsky",
        }.Select(id => ids.IndexOf(id)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task TimelineBetweenTwoYearsKeepsRelationsDatedWithinThem()
    {
        var timeline = await _client.GetItemsAsync<RelationItem>("/api/timeline?from=1927&to=1928");

        Assert.Contains(timeline, r => r.Id == "r-trotsky-expelled-from-bolshevik-party");
        Assert.Contains(timeline, r => r.Id == "r-trotsky-expelled-from-russia");
        Assert.DoesNotContain(timeline, r => r.Id == "r-mercader-assassinated-trotsky");
    }

    private static EdtfDate Anchor(RelationItem relation) =>
        EdtfDate.Parse(relation.Date?.Edtf ?? throw new InvalidOperationException($"{relation.Id} is undated."));
}
