namespace Prosopograph.Corpus.Model;

/// <summary>Whose voice makes a claim: the question Wikidata answers with "stated in".</summary>
public enum ClaimSource
{
    /// <summary>The document's author says it in their own voice.</summary>
    Author,

    /// <summary>The document quotes a named source that says it.</summary>
    Quoted,

    /// <summary>The document relays it as said by others (rumours, press reports, official history).</summary>
    Reported,
}

/// <summary>How the claim is treated: the question Wikidata answers with "statement disputed by" (P1310).</summary>
public enum ClaimStance
{
    Asserted,
    Disputed,
}

/// <summary>
/// Voice kept apart from stance, so a rumour the author rejects is both <c>reported</c> (by whom) and
/// <c>disputed</c> (by the author). <see cref="DisputedBy"/> is <see cref="Author"/> or an entity id.
/// </summary>
public sealed record Voice(ClaimSource Source, string? AttributedTo, ClaimStance Stance, string? DisputedBy)
{
    /// <summary>The <c>disputedBy</c> value naming the document's author rather than an entity.</summary>
    public const string Author = "author";

    public static Voice OfAuthor { get; } = new(ClaimSource.Author, null, ClaimStance.Asserted, null);
}

/// <summary>The lower-case names sources and stances have in annotation files, the API and Neo4j.</summary>
public static class VoiceNames
{
    public static IReadOnlyList<string> Sources { get; } = Enum.GetValues<ClaimSource>().Select(Name).ToList();

    public static IReadOnlyList<string> Stances { get; } = Enum.GetValues<ClaimStance>().Select(Name).ToList();

    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static T? Parse<T>(string text) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => Name(v!.Value) == text);
}
