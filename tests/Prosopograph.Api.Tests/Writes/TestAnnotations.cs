namespace Prosopograph.Api.Tests.Writes;

/// <summary>Small generated documents for the crash and concurrency tests, in the corpus's annotation format.</summary>
public static class TestAnnotations
{
    public const string Text = "Trotsky opposed Stalin.";

    /// <summary>A document whose title carries a counter, with one relation between the essay's entities quoted from its text.</summary>
    public static string Counted(string documentId, int count, string? newPerson = null) => $"""
        document:
          id: {documentId}
          text: {documentId}.txt
          title: "{count}"
          author: Prosopograph tests
          language: en
        entities:
        {(newPerson is null ? "  []" : $"  - id: {newPerson}\n    kind: person\n    name: Person {newPerson}")}
        relations:
          - id: r-{documentId}
            type: opposed
            subject: {newPerson ?? "trotsky"}
            object: stalin
            evidence:
              - quote: "{Text[..^1]}"
        """;

    public static string CountedText(int count) => $"{Text} Count {count}.";
}
