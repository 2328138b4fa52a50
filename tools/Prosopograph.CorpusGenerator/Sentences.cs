namespace Prosopograph.CorpusGenerator;

/// <summary>
/// The prose. A relation's sentence is built from its type's label ("SUBJECT expelled from OBJECT") or inverse
/// ("OBJECT expelled SUBJECT"), the date as the text gives it, and the voice that makes the claim; that sentence is
/// then both written into the text and used as the evidence quote, so the quote is verbatim by construction.
/// </summary>
internal static class Sentences
{
    // Labels read as "SUBJECT label OBJECT" in a table; prose wants a verb. Types not listed read as their label.
    private static readonly Dictionary<string, string> Active = new()
    {
        ["allied_with"] = "was allied with", ["expelled_from"] = "was expelled from", ["member_of"] = "was a member of",
        ["agent_of"] = "was an agent of", ["heir_of"] = "was the heir of", ["part_of"] = "was part of",
        ["predecessor_of"] = "was the predecessor of", ["detained_in"] = "was detained in", ["located_in"] = "was located in",
        ["victim_of"] = "was a victim of", ["affected_by"] = "was affected by", ["presented_at"] = "was presented at",
        ["held_post"] = "held the post of", ["called_for_removal_of"] = "called for the removal of", ["removed_from_post"] = "removed from office",
    };

    private static readonly Dictionary<string, string> Passive = new()
    {
        ["member_of"] = "counted among its members", ["part_of"] = "included", ["predecessor_of"] = "was the successor of",
        ["located_in"] = "was the location of", ["agent_of"] = "had as its agent", ["heir_of"] = "had as its heir",
        ["victim_of"] = "claimed as a victim", ["presented_at"] = "saw the presentation of", ["participated_in"] = "had among its participants",
        ["resided_in"] = "was the residence of", ["worked_for"] = "had as a collaborator", ["concerns"] = "was the subject of",
    };

    public static string Relation(Rng rng, TypeSpec type, string subject, string @object, DateSpec? date, string? attributedTo, string? disputedBy)
    {
        var core = !type.Symmetric && rng.Chance(0.2)
            ? $"{@object} {Passive.GetValueOrDefault(type.Id, type.Inverse)} {subject}"
            : $"{subject} {Active.GetValueOrDefault(type.Id, type.Label)} {@object}";
        if (date is { TextPhrase.Length: > 0 })
        {
            core = rng.Chance(0.3) ? $"{NameForms.Capitalise(date.TextPhrase)}, {core}" : $"{core} {date.TextPhrase}";
        }

        var claim = attributedTo is null ? core : rng.Next(5) switch
        {
            0 => $"{attributedTo} wrote that {Lower(core)}",
            1 => $"In the words of {attributedTo}, \"{core}\"",
            2 => $"{attributedTo} recalled: \"{core}\"",
            3 => $"According to rumours spread by {attributedTo}, {Lower(core)}",
            _ => $"It was said by {attributedTo} that {Lower(core)}",
        };
        return disputedBy switch
        {
            null => $"{claim}.",
            "" => $"{claim}, a claim this author rejects.",
            _ => $"{claim}, although {disputedBy} always denied it.",
        };
    }

    /// <summary>A second sentence for the same relation, placed later in the text.</summary>
    public static string Confirmation(Rng rng, string subject, string @object) =>
        $"{NameForms.Capitalise(rng.Pick(NamePools.Archives))} confirms what passed between {subject} and {@object}.";

    /// <summary>Prose around the claims: mentions with no relation, as real texts have.</summary>
    public static string Filler(Rng rng, string entity) => rng.Next(4) switch
    {
        0 => $"Little else is known of {entity} in these years.",
        1 => $"The sources on {entity} are contradictory.",
        2 => $"{entity} appears again in {rng.Pick(NamePools.Archives)}.",
        _ => $"Of {entity}, {rng.Pick(NamePools.Archives)} says nothing more.",
    };

    public static string Phrase(Rng rng, string phrase) => rng.Next(3) switch
    {
        0 => $"Nothing was decided without {phrase}.",
        1 => $"Everyone looked to {phrase} for a sign.",
        _ => $"The word of {phrase} was law in those years.",
    };

    // Only a date phrase is lowered ("In 1927, ..." inside "wrote that in 1927, ..."); names keep their capitals.
    private static string Lower(string core) =>
        core.StartsWith("From ", StringComparison.Ordinal) || core.StartsWith("Until ", StringComparison.Ordinal) || core.StartsWith("In ", StringComparison.Ordinal)
            || core.StartsWith("On ", StringComparison.Ordinal) || core.StartsWith("Around ", StringComparison.Ordinal) || core.StartsWith("Probably ", StringComparison.Ordinal)
            || core.StartsWith("Perhaps ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(core[0]) + core[1..]
            : core;
}
