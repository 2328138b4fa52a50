using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableTheory]
    [InlineData("ramon mercader")]
    [InlineData("Ramón Mercader")]
    [InlineData("MERCADER")]
    public async Task SearchIgnoresCaseDiacriticsAndFindsMercader(string text)
    {
        var store = await StoreAsync();

        var page = await store.SearchEntitiesAsync(new EntitySearch(text, null, 10, 0));

        Assert.Equal("mercader", page.Items[0].Id);
    }

    [SkippableTheory]
    [InlineData("trotksy", "trotsky")]
    [InlineData("Bronstein", "trotsky")]
    [InlineData("Kamenyev", "kamenev")]
    public async Task SearchFindsTyposAndOtherNames(string text, string expected)
    {
        var store = await StoreAsync();

        var page = await store.SearchEntitiesAsync(new EntitySearch(text, null, 10, 0));

        Assert.Equal(expected, Assert.Single(page.Items).Id);
    }

    [SkippableFact]
    public async Task SearchRanksExactBeforePrefixBeforeSubstring()
    {
        var store = await StoreAsync();

        // "in" begins a word of "Communist International" and sits inside Stalin, Trotsky's Bronstein, Bukharin, Lenin;
        // among those substring matches the shorter name comes first.
        var page = await store.SearchEntitiesAsync(new EntitySearch("in", null, 10, 0));
        var exact = await store.SearchEntitiesAsync(new EntitySearch("ussr", null, 10, 0));

        Assert.Equal(["comintern", "trotsky", "stalin", "lenin", "bukharin"], page.Items.Select(i => i.Id));
        Assert.Equal("ussr", Assert.Single(exact.Items).Id);
    }

    [SkippableFact]
    public async Task SearchPagesAndFiltersByKind()
    {
        var store = await StoreAsync();

        var people = await store.SearchEntitiesAsync(new EntitySearch(null, "person", 2, 1));

        Assert.Equal(6, people.Total);
        Assert.Equal(["Leon Trotsky", "Lev Kamenev"], people.Items.Select(i => i.Name));
        Assert.Equal((2, 1), (people.Limit, people.Offset));
    }

    [SkippableFact]
    public async Task EntityDetailHasAliasesRelationCountsAndMentions()
    {
        var store = await StoreAsync();

        var trotsky = await store.FindEntityAsync("trotsky");

        Assert.NotNull(trotsky);
        Assert.Equal("Leon Trotsky", trotsky.Name);
        Assert.Contains(trotsky.Aliases, a => a is { Name: "Lev Bronstein", Type: "birth-name" });
        Assert.Equal(
            [("assassinated", 0, 1), ("expelled_from", 2, 0), ("founded", 1, 0), ("opposed", 1, 0)],
            trotsky.RelationCounts.Select(c => (c.Type, c.Outgoing, c.Incoming)));
        var document = Assert.Single(trotsky.Documents);
        Assert.Equal(("fixture", 4), (document.DocumentId, document.Mentions));
    }

    [SkippableFact]
    public async Task UnknownEntityIsNull()
    {
        var store = await StoreAsync();

        Assert.Null(await store.FindEntityAsync("nobody"));
        Assert.Null(await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("nobody", 1, RelationCriteria.All, null)));
    }
}
