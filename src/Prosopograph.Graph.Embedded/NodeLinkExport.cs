using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>The export as views made one at a time from the corpus while a writer reads them: nothing is collected first.</summary>
internal static class NodeLinkExport
{
    public static GraphExport Build(CorpusModel corpus, ExportQuery query) => new(
        Directed: true,
        Multigraph: true,
        Graph: new Dictionary<string, string> { ["name"] = "Prosopograph", ["version"] = corpus.Version },
        Nodes: corpus.Entities
            .Select(e => new ExportNode(e.Id, e.Kind, e.Name, e.Aliases.ToViews(), e.Notes, e.Existence?.ToView()))
            .ToAsyncEnumerable(),
        Links: corpus.Relations.Where(query.Matcher(corpus.Vocabulary)).Select(r => new ExportLink(
                r.Id, r.Subject, r.Object, r.Type, r.Date?.ToView(), r.Validity.ToView(),
                r.Voice.ToLink(), r.Evidence.Select(e => e.ToView()).ToList(), r.Note,
                r.Voice.AttributedTo is { } by ? corpus.EntitiesById[by].ToRef() : null))
            .ToAsyncEnumerable());
}
