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
        "Only relations of these types, e.g. `killed` (see /api/relation-types): one type, several separated by " +
        "commas, the parameter repeated, or both; the answer holds the relations of ANY of them " +
        "(`type=executed,member_of` = `type=executed&type=member_of`). A type includes its narrower types " +
        "(`killed` brings `executed` and `assassinated`) unless exact is true. Default: every type.";

    public const string ExactTypes =
        "`true`: only the types named, without their narrower types. Default `false`.";

    public const string ClaimSources =
        "Only claims in these voices: `author` (the author's own), `quoted` (a named source the text quotes), " +
        "`reported` (rumours and reports the text relays). A list, like type. Default: every source.";

    public const string Stances =
        "Only claims the author treats so: `asserted`, or `disputed` (by the author or by an entity the text names). " +
        "A list, like type. Default: both.";

    public const string AsOf =
        "Only relations valid in this year, by their `validity`. Dated: an act (executed, expelled from) is in force " +
        "from its date on, because its consequences last; a state of affairs (member of, allied with) from its start " +
        "to its end, in that period only when its date is a point. Bounded (no date of its own): a state of affairs " +
        "lasts at most while all its participants exist; an act counts only from the end of its patient's existence, " +
        "by when it must have happened. Undated relations are kept unless `undated=exclude`. " +
        "Default: every relation, whatever its dates.";

    public const string Undated =
        "`include` (default) keeps relations that nothing places in time (`validity.kind` undated); `exclude` drops them.";

    public const string Direction =
        "`out`: relations the entity is the subject of; `in`: relations it is the object of; `both` (default). " +
        "Symmetric relations (allied with) count in both directions.";

    public const string IncludeEvidence =
        "`evidence`: every link also carries its `evidence` (the quotes, with offsets) and its `note`. Without it links " +
        "carry what a graph needs (ids, type, date, validity, voice) and those two keys are absent; one relation's " +
        "evidence is at /api/relations/{id}.";

    public const string EntityId = "An entity id, e.g. `trotsky`, as returned by the search.";
}
