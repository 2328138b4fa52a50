using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task TrotskysExpulsionsCarryTheirDatesAndEvidence()
    {
        var store = await StoreAsync();

        var page = await store.QueryRelationsAsync(new RelationFilter(Only.Types("expelled_from"), Entity: "trotsky"));

        Assert.Equal(
            [("r05", "bolshevik-party", "1927"), ("r06", "ussr", "1929-01")],
            page.Items.Select(r => (r.Id, r.Target.Id, r.Date?.Edtf)));
        var evidence = Assert.Single(page.Items[0].Evidence);
        Assert.Equal("Trotsky was expelled from the Party in 1927", Corpus.DocumentsById["fixture"].Text[evidence.Start..evidence.End]);
    }

    [SkippableFact]
    public async Task DirectionSelectsSubjectOrObjectButSymmetricRelationsCountBothWays()
    {
        var store = await StoreAsync();

        var outgoing = await store.QueryRelationsAsync(new RelationFilter(Entity: "stalin", Direction: Direction.Out));
        var incoming = await store.QueryRelationsAsync(new RelationFilter(Entity: "stalin", Direction: Direction.In));

        Assert.Equal(["r03", "r08", "r04"], outgoing.Items.Select(r => r.Id));
        Assert.Equal(["r03", "r04", "r09", "r12"], incoming.Items.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task YearFilterKeepsOverlappingDatedRelationsAndDropsUndatedOnes()
    {
        var store = await StoreAsync();

        var page = await store.QueryRelationsAsync(new RelationFilter(From: 1924, To: 1929));

        Assert.Equal(["r03", "r05", "r07", "r06"], page.Items.Select(r => r.Id));
    }


    [SkippableFact]
    public async Task RelationsArePagedInTimelineOrderThenUndatedByIdWithTheirTotal()
    {
        var store = await StoreAsync();

        var all = await store.QueryRelationsAsync(new RelationFilter(Limit: 50));
        var page = await store.QueryRelationsAsync(new RelationFilter(Limit: 5, Offset: 10));

        Assert.Equal(["r01", "r02", "r03", "r05", "r07", "r06", "r11", "r08", "r10", "r04", "r09", "r12"], all.Items.Select(r => r.Id));
        Assert.Equal(12, page.Total);
        Assert.Equal(["r09", "r12"], page.Items.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task AnEntitysRelationsComeInTimelineOrder()
    {
        var store = await StoreAsync();

        var page = await store.QueryRelationsAsync(new RelationFilter(Entity: "stalin"));

        Assert.Equal(["r03", "r08", "r04", "r09", "r12"], page.Items.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task SeveralTypesSelectTheUnionOfTheirRelations()
    {
        var store = await StoreAsync();

        var page = await store.QueryRelationsAsync(new RelationFilter(Only.Types("executed", "expelled_from")));

        Assert.Equal(["r05", "r07", "r06", "r08"], page.Items.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task OneRelationHasBothEndsNamedAndItsQuote()
    {
        var store = await StoreAsync();

        var relation = await store.FindRelationAsync("r10");

        Assert.NotNull(relation);
        Assert.Equal(("assassinated", "Ramón Mercader", "Leon Trotsky", "1940-08-20"), (relation.Type, relation.Source.Name, relation.Target.Name, relation.Date?.Edtf));
        Assert.Equal(new VoiceView("author", null, "asserted", null), relation.Voice);
        Assert.Null(await store.FindRelationAsync("r99"));
    }

    [SkippableFact]
    public async Task RelationTypesComeWithTheirUsage()
    {
        var store = await StoreAsync();

        var types = await store.GetRelationTypesAsync();

        var allied = Assert.Single(types, t => t.Id == "allied_with");
        Assert.Equal((true, "interval", 2), (allied.Symmetric, allied.Temporal, allied.Count));
        Assert.Equal(3, Assert.Single(types, t => t.Id == "expelled_from").Count);
        Assert.Equal(9, types.Count);
    }
}
