using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task DocumentsListTheirMetadataAndTheFullText()
    {
        var store = await StoreAsync();

        var summary = Assert.Single(await store.GetDocumentsAsync());
        var detail = await store.FindDocumentAsync("fixture");

        Assert.Equal(("fixture", "Contract fixture", "2026-11", "en"), (summary.Id, summary.Title, summary.Date, summary.Language));
        Assert.Equal(Corpus.DocumentsById["fixture"].Text, detail!.Text);
        Assert.Equal(detail.Text.Length, detail.Length);
        Assert.Null(await store.FindDocumentAsync("nothing"));
    }

    [SkippableFact]
    public async Task MentionsOfOneEntityPointAtItsNamesInTheText()
    {
        var store = await StoreAsync();

        var mentions = await store.GetMentionsAsync("fixture", "bukharin");
        var all = await store.GetMentionsAsync("fixture", null);

        var text = Corpus.DocumentsById["fixture"].Text;
        Assert.Equal(3, mentions!.Count);
        Assert.All(mentions, m => Assert.Equal("Bukharin", text[m.Start..m.End]));
        Assert.NotNull(all);
        Assert.Equal(all.OrderBy(m => m.Start).Select(m => m.Start), all.Select(m => m.Start));
        Assert.Equal(Corpus.Mentions.Count, all.Count);
        Assert.Null(await store.GetMentionsAsync("nothing", null));
    }

    [SkippableFact]
    public async Task StatsCountByKindAndTypeWithTheDatasetVersion()
    {
        var store = await StoreAsync();

        var stats = await store.GetStatsAsync();

        Assert.Equal(Corpus.Version, stats.Version);
        Assert.Equal((1, 10, 12), (stats.Documents, stats.Entities, stats.Relations));
        Assert.Equal(6, stats.EntitiesByKind["person"]);
        Assert.Equal(3, stats.RelationsByType["expelled_from"]);
    }

    [SkippableFact]
    public async Task ExportHoldsEveryEntityAndRelationAsNodesAndLinks()
    {
        var store = await StoreAsync();

        var export = store.Export(new ExportQuery(RelationCriteria.All));

        Assert.True(export.Directed && export.Multigraph);
        Assert.Equal(Corpus.Entities.Select(e => e.Id).Order(), (await export.Nodes.ToListAsync()).Select(n => n.Id).Order());
        var link = Assert.Single(await export.Links.ToListAsync(), l => l.Id == "r11");
        Assert.Equal(("trotsky", "ussr", "opposed", "journalists"), (link.Source, link.Target, link.Type, link.Voice.AttributedTo));
        Assert.Equal(Corpus.Version, export.Graph["version"]);
    }
}
