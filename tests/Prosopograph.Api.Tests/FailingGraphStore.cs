using System.Reflection;
using Prosopograph.Graph;

namespace Prosopograph.Api.Tests;

/// <summary>A graph store whose every query throws the given exception, for the failures the real store never has.</summary>
public class FailingGraphStore : DispatchProxy
{
    private Exception _failure = new InvalidOperationException("No failure was set.");

    public static IGraphStore Throwing(Exception failure)
    {
        var store = Create<IGraphStore, FailingGraphStore>();
        ((FailingGraphStore)(object)store)._failure = failure;
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw _failure;
}
