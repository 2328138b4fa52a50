using System.Text.RegularExpressions;

namespace Prosopograph.Corpus.Suggesting;

/// <summary>
/// Verbs and nouns that state a relation, each with the relation type it most often means. The match is on word
/// stems ("expel" finds expelled, expulsion is listed apart), case-insensitive, whole words from their start.
/// </summary>
public static partial class RelationCues
{
    private static readonly (string Stem, string Type)[] Cues =
    [
        ("expel", "expelled_from"), ("expulsion", "expelled_from"), ("execut", "executed"), ("shot", "executed"),
        ("assassinat", "assassinated"), ("murder", "killed"), ("kill", "killed"), ("liquidat", "killed"),
        ("persecut", "persecuted"), ("purg", "persecuted"), ("hunted", "persecuted"), ("eliminat", "persecuted"),
        ("imprison", "imprisoned"), ("arrest", "imprisoned"), ("prison", "imprisoned"), ("deport", "expelled_from"),
        ("exile", "expelled_from"), ("banish", "expelled_from"), ("allied", "allied_with"), ("alliance", "allied_with"),
        ("ally", "allied_with"), ("found", "founded"), ("created", "founded"), ("led", "led"), ("leader", "led"),
        ("head of", "led"), ("member", "member_of"), ("joined", "member_of"), ("support", "supported"),
        ("oppos", "opposed"), ("fought", "opposed"), ("struggle", "opposed"), ("critic", "criticised"),
        ("denounc", "criticised"), ("condemn", "criticised"), ("accus", "accused"), ("slander", "defamed"),
        ("calumn", "defamed"), ("defam", "defamed"), ("wrote", "authored"), ("written", "authored"), ("author", "authored"),
        ("asylum", "granted_asylum_to"), ("agent", "agent_of"), ("control", "controlled"), ("plot", "plotted_against"),
        ("conspir", "plotted_against"), ("trial", "victim_of"), ("victim", "victim_of"), ("removal", "called_for_removal_of"),
        ("remove", "removed_from_post"), ("secretary", "held_post"), ("lived", "resided_in"), ("stay", "resided_in"),
        ("admitted", "admitted"), ("confess", "admitted"), ("organis", "organised"), ("organiz", "organised"),
    ];

    /// <summary>The cues in a sentence: the word as written and the relation type it suggests, in text order.</summary>
    public static IReadOnlyList<(string Word, string Type)> In(string sentence) =>
        Words().Matches(sentence)
            .SelectMany(word => Cues
                .Where(cue => word.Value.StartsWith(cue.Stem, StringComparison.OrdinalIgnoreCase) || MatchesPhrase(sentence, word, cue.Stem))
                .Take(1)
                .Select(cue => (word.Value, cue.Type)))
            .ToList();

    private static bool MatchesPhrase(string sentence, Match word, string stem) =>
        stem.Contains(' ') && string.Compare(sentence, word.Index, stem, 0, stem.Length, StringComparison.OrdinalIgnoreCase) == 0;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
