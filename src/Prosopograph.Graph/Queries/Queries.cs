namespace Prosopograph.Graph.Queries;

public enum Direction { Both, Out, In }

public sealed record EntitySearch(string? Text, string? Kind, int Limit, int Offset);

/// <summary>
/// Relations matching every given criterion. <see cref="From"/>/<see cref="To"/> keep the relations whose own
/// dates overlap the years; an undated relation has no years and is left out as soon as either is given.
/// </summary>
public sealed record RelationFilter(
    string? Type = null,
    string? Entity = null,
    Direction Direction = Direction.Both,
    int? From = null,
    int? To = null,
    string? Status = null,
    int Limit = 50,
    int Offset = 0,
    int? AsOf = null,
    bool IncludeUndated = true);

/// <summary>
/// Types null means every type; AsOf keeps only relations in force in that year, and IncludeUndated false drops the
/// relations nothing places in time (see Validity.Admits), here and in every query that takes them.
/// </summary>
public sealed record NeighbourhoodQuery(string EntityId, int Depth, IReadOnlySet<string>? Types, int? AsOf, bool IncludeUndated = true);

public sealed record PathQuery(string From, string To, int MaxLength, IReadOnlySet<string>? Types, int? AsOf, int Limit, bool IncludeUndated = true);

public sealed record TimelineQuery(string? Entity, int? From, int? To, int? AsOf = null, bool IncludeUndated = true);
