namespace Prosopograph.Api.Validation;

/// <summary>Descriptions shared by parameters that mean the same on several endpoints, so they never drift apart.</summary>
public static class ParameterDescriptions
{
    public const string RangeMessage = "Must be between {1} and {2}.";

    public const string Limit = "The most items to return, 1 to 500. Default 50.";

    public const string Offset = "How many items to skip, for paging. Default 0.";

    public const string FromYear =
        "Only relations whose own dates reach this year or later (inclusive). Undated relations have no years, " +
        "so giving from or to leaves them out.";

    public const string ToYear =
        "Only relations whose own dates reach back to this year or earlier (inclusive). Must not be before from.";

    public const string RelationTypes =
        "Only relations of these types (see /api/relation-types): one type, several separated by commas, the " +
        "parameter repeated, or both; the answer holds the relations of ANY of them " +
        "(`type=executed,member_of` = `type=executed&type=member_of`). Default: every type.";

    public const string AsOf =
        "Only relations in force in this year. An act (executed, expelled from) is in force from its date on, " +
        "because its consequences last; a state of affairs (member of, allied with) from its start to its end, " +
        "open-ended when the text gives no end, and in its year only when the text dates it to one point; " +
        "an undated relation is always in force, because the text does " +
        "not limit it. Default: every relation, whatever its dates.";

    public const string Direction =
        "`out`: relations the entity is the subject of; `in`: relations it is the object of; `both` (default). " +
        "Symmetric relations (allied with) count in both directions.";

    public const string EntityId = "An entity id, e.g. `trotsky`, as returned by the search.";
}
