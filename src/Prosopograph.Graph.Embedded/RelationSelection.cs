using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Embedded;

/// <summary>The filters relations share across queries.</summary>
internal static class RelationSelection
{
    /// <summary>
    /// Whether a relation leaves (Out) or reaches (In) an entity. A symmetric relation (allied with) has no
    /// direction, so it counts both ways for either end.
    /// </summary>
    public static bool Touches(this Relation relation, string entityId, Direction direction, bool symmetric) => direction switch
    {
        Direction.Out => relation.Subject == entityId || (symmetric && relation.Object == entityId),
        Direction.In => relation.Object == entityId || (symmetric && relation.Subject == entityId),
        _ => relation.Subject == entityId || relation.Object == entityId,
    };

    /// <summary>From/To keep relations whose own dates overlap the years; undated ones have no years to overlap.</summary>
    public static bool WithinYears(this Relation relation, int? from, int? to) =>
        (from is null && to is null) || (relation.Span is { } span && span.Overlaps(from, to));

    public static bool InForce(this Relation relation, int? asOf, bool includeUndated) => relation.Validity.Admits(asOf, includeUndated);

    public static string Other(this Relation relation, string entityId) => relation.Subject == entityId ? relation.Object : relation.Subject;
}
