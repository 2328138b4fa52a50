using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task TheExportStreamsEntitiesAndRelationsInCorpusOrder()
    {
        var store = await StoreAsync();

        var export = store.Export(new ExportQuery(RelationCriteria.All));

        Assert.Equal(Corpus.Entities.Select(e => e.Id), await export.Nodes.Select(n => n.Id).ToListAsync());
        Assert.Equal(Corpus.Relations.Select(r => r.Id), await export.Links.Select(l => l.Id).ToListAsync());
    }

    [SkippableFact]
    public async Task TheExportReadsAfreshOnEveryEnumeration()
    {
        var store = await StoreAsync();
        var export = store.Export(new ExportQuery(Only.Stances("disputed")));

        var first = await export.Links.ToListAsync();
        var second = await export.Links.ToListAsync();

        Assert.Equal(first.Select(l => l.Id), second.Select(l => l.Id));
        Assert.NotEmpty(first);
    }

    [SkippableFact]
    public async Task TheExportAsOfAYearKeepsTheRelationsInForceThen()
    {
        var store = await StoreAsync();

        var export = store.Export(new ExportQuery(RelationCriteria.All, AsOf: 1938, IncludeUndated: false));
        var listed = await store.QueryRelationsAsync(new RelationFilter(Limit: 1000, AsOf: 1938, IncludeUndated: false));

        var exported = await export.Links.Select(l => l.Id).ToListAsync();
        Assert.Equal(listed.Items.Select(r => r.Id).Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        Assert.InRange(exported.Count, 1, Corpus.Relations.Count - 1);
    }

    [SkippableFact]
    public async Task AnExportedLinkNamesWhomItsClaimIsAttributedTo()
    {
        var store = await StoreAsync();

        var link = await store.Export(new ExportQuery(RelationCriteria.All)).Links.SingleAsync(l => l.Id == "r11");

        var journalists = Corpus.EntitiesById["journalists"];
        Assert.Equal((journalists.Id, journalists.Name, journalists.Kind), (link.AttributedToEntity!.Id, link.AttributedToEntity.Name, link.AttributedToEntity.Kind));
    }
}
