using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Contract;

/// <summary>Short spellings of relation criteria for the contract cases.</summary>
internal static class Only
{
    public static RelationCriteria Types(params string[] types) => new(Types: types.ToHashSet());

    public static RelationCriteria ExactTypes(params string[] types) => new(Types: types.ToHashSet(), ExactTypes: true);

    public static RelationCriteria Sources(params string[] sources) => new(Sources: sources.ToHashSet());

    public static RelationCriteria Stances(params string[] stances) => new(Stances: stances.ToHashSet());
}
