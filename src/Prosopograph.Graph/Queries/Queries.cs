namespace Prosopograph.Graph.Queries;

public enum Direction { Both, Out, In }

public sealed record EntitySearch(string? Text, string? Kind, int Limit, int Offset);

/// <summary>
/// Relations matching every given criterion, in timeline order (see <see cref="TimelineKey"/>; undated last, then
/// by id). <see cref="Types"/>: any of these types, null for every type. <see cref="From"/>/<see cref="To"/> keep
/// the relations whose own dates overlap the years; an undated relation has no years and is left out as soon as
/// either is given.
/// </summary>
public sealed record RelationFilter(
    IReadOnlySet<string>? Types = null,
    string? Entity = null,
    Direction Direction = Direction.Both,
    int? From = null,
    int? To = null,
    string? Status = null,
    int Limit = 50,
    int Offset = 0);

/// <summary>Types null means every type; AsOf keeps only relations in force in that year (see YearRange.ActiveFor).</summary>
public sealed record NeighbourhoodQuery(string EntityId, int Depth, IReadOnlySet<string>? Types, int? AsOf);

public sealed record PathQuery(string From, string To, int MaxLength, IReadOnlySet<string>? Types, int? AsOf, int Limit);

public sealed record TimelineQuery(string? Entity, int? From, int? To, IReadOnlySet<string>? Types = null);
