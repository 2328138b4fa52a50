namespace Prosopograph.Corpus.Model;

/// <summary>The lower-case names a claim status has in annotation files, the API and Neo4j.</summary>
public static class ClaimStatuses
{
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<ClaimStatus>().Select(Name).ToList();

    public static string Name(ClaimStatus status) => status.ToString().ToLowerInvariant();

    public static ClaimStatus? Parse(string text) =>
        Enum.GetValues<ClaimStatus>().Select(s => (ClaimStatus?)s).FirstOrDefault(s => Name(s!.Value) == text);
}
