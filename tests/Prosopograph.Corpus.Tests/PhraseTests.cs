using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests;

/// <summary>
/// Phrases ("the dictator") stand for an entity only in the document that declares them; aliases are names and
/// tag mentions everywhere. Corpora/phrases: document a declares the phrase, document b uses the words otherwise.
/// </summary>
public sealed class PhraseTests
{
    private static readonly CorpusModel Corpus = TestCorpora.Load("phrases").Corpus
        ?? throw new InvalidOperationException("Corpora/phrases must load");

    private static IEnumerable<(string EntityId, string Surface)> MentionsIn(string documentId) =>
        Corpus.Mentions.Where(m => m.DocumentId == documentId).Select(m => (m.EntityId, m.Surface));

    [Fact]
    public void APhraseTagsMentionsInTheDocumentThatDeclaresIt()
    {
        Assert.Equal([("stalin", "Joseph Stalin"), ("stalin", "the dictator"), ("bukharin", "Bukharin")], MentionsIn("a"));
    }

    [Fact]
    public void APhraseDoesNotTagAnotherDocumentButAnAliasDoes()
    {
        Assert.Equal([("stalin", "Stalin")], MentionsIn("b"));
    }

    [Fact]
    public void APhraseIsNotAName()
    {
        var stalin = Corpus.EntitiesById["stalin"];

        Assert.Equal([new Phrase("the dictator", "a")], stalin.Phrases);
        Assert.DoesNotContain("the dictator", stalin.AllNames);
    }

    [Fact]
    public void TwoEntitiesMayShareAPhraseOnlyInDifferentDocuments()
    {
        const string people = """
            entities:
              - id: stalin
                kind: person
                name: Joseph Stalin
                phrases: [the leader]
              - id: bukharin
                kind: person
                name: Nikolai Bukharin
                phrases: [the leader]
            """;
        using var sameDocument = new TempCorpus().WithDocument("d", "the leader", people);
        using var otherDocuments = new TempCorpus()
            .WithDocument("d", "the leader", people.Split("  - id: bukharin")[0])
            .WithDocument("e", "the leader", "entities:\n  - id: bukharin\n    kind: person\n    name: Nikolai Bukharin\n    phrases: [the leader]\n");

        var error = Assert.Single(sameDocument.Load().Errors);
        Assert.Equal("entity bukharin: phrase 'the leader' is already a phrase of entity stalin in document d; mentions would be ambiguous", error.Message);
        Assert.Empty(otherDocuments.Load().Errors);
    }

    [Fact]
    public void APhraseConflictIsReportedInTheDocumentThatDeclaresThePhrase()
    {
        using var corpus = new TempCorpus()
            .WithDocument("d", "Stalin", "entities:\n  - id: stalin\n    kind: person\n    name: Joseph Stalin\n")
            .WithDocument("e", "the leader", """
                entities:
                  - id: stalin
                    kind: person
                    name: Joseph Stalin
                    phrases: [the leader]
                  - id: bukharin
                    kind: person
                    name: Nikolai Bukharin
                    phrases: [the leader]
                """);

        var error = Assert.Single(corpus.Load().Errors);

        Assert.EndsWith("documents/e.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
    }

    [Fact]
    public void APhraseThatIsAnotherEntitysNameIsAnError()
    {
        using var corpus = new TempCorpus().WithDocument("d", "Stalin", """
            entities:
              - id: stalin
                kind: person
                name: Joseph Stalin
                aliases: [Stalin]
              - id: koba
                kind: person
                name: Koba
                phrases: [Stalin]
            """);

        var error = Assert.Single(corpus.Load().Errors);

        Assert.Equal("entity koba: phrase 'Stalin' is a name of entity stalin; mentions would be ambiguous", error.Message);
    }
}
