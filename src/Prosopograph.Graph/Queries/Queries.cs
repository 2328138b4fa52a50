namespace Prosopograph.Graph.Queries;

public enum Direction { Both, Out, In }

public sealed record EntitySearch(string? Text, string? Kind, int Limit, int Offset);

/// <summary>
/// Relations matching every given criterion, in timeline order (see <see cref="TimelineKey"/>; undated last, then
/// by id). <see cref="Criteria"/>: types (a union, narrower included unless exact), sources and stances; null for every relation. <see cref="From"/>/<see cref="To"/> keep
/// the relations whose own dates overlap the years; an undated relation has no years and is left out as soon as
/// either is given.
/// </summary>
public sealed record RelationFilter(
    RelationCriteria? Criteria = null,
    string? Entity = null,
    Direction Direction = Direction.Both,
    int? From = null,
    int? To = null,
    int Limit = 50,
    int Offset = 0,
    int? AsOf = null,
    bool IncludeUndated = true)
{
    public RelationCriteria Relations => Criteria ?? RelationCriteria.All;
}

/// <summary>
/// AsOf keeps only relations in force in that year, and IncludeUndated false drops the relations nothing places
/// in time (see Validity.Admits), here and in every query that takes them. A graph answer's edges carry evidence
/// and note only when <see cref="IncludeEvidence"/> is set: without it a store leaves them out (empty, null), so that
/// a graph costs what a graph needs. <see cref="Limit"/> caps the nodes (by depth, then id) and the edges (by id, at
/// most <see cref="LinksPerNode"/> times as many); null leaves the answer whole (an ego-network export).
/// </summary>
public sealed record NeighbourhoodQuery(
    string EntityId,
    int Depth,
    RelationCriteria Criteria,
    int? AsOf,
    bool IncludeUndated = true,
    int? Limit = null,
    bool IncludeEvidence = false)
{
    public const int LinksPerNode = 5;

    /// <summary>The most edges the answer holds; null when uncapped.</summary>
    public int? LinkLimit => Limit * LinksPerNode;
}

/// <summary>Shortest paths, at most Limit of them; edges carry evidence and note only when IncludeEvidence is set.</summary>
public sealed record PathQuery(
    string From,
    string To,
    int MaxLength,
    RelationCriteria Criteria,
    int? AsOf,
    int Limit,
    bool IncludeUndated = true,
    bool IncludeEvidence = false);

/// <summary>One page of the dated relations in timeline order (see <see cref="RelationFilter"/> for the filters).</summary>
public sealed record TimelineQuery(
    string? Entity,
    int? From,
    int? To,
    RelationCriteria? Criteria = null,
    int? AsOf = null,
    bool IncludeUndated = true,
    int Limit = 50,
    int Offset = 0)
{
    public RelationCriteria Relations => Criteria ?? RelationCriteria.All;
}

/// <summary>Every entity, and the relations that meet the criteria and are in force as of the year (as in a neighbourhood).</summary>
public sealed record ExportQuery(RelationCriteria Criteria, int? AsOf = null, bool IncludeUndated = true);
