using System.Reflection;
using Prosopograph.Graph;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Tests.Export;

/// <summary>A real store whose export fails after a few links, as Neo4j going down in the middle of a large export.</summary>
public class HalfwayFailingExport : DispatchProxy
{
    private IGraphStore _inner = null!;

    public static IGraphStore Wrap(IGraphStore inner)
    {
        var store = Create<IGraphStore, HalfwayFailingExport>();
        ((HalfwayFailingExport)(object)store)._inner = inner;
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name != nameof(IGraphStore.Export))
        {
            return targetMethod!.Invoke(_inner, args);
        }

        var export = _inner.Export((ExportQuery)args![0]!);
        return export with { Links = FailAfter(export.Links, 3) };
    }

    private static async IAsyncEnumerable<ExportLink> FailAfter(IAsyncEnumerable<ExportLink> links, int count)
    {
        await foreach (var link in links.Take(count))
        {
            yield return link;
        }

        throw new GraphStoreUnavailableException("The graph store went away half-way.", null, null);
    }
}
