namespace Prosopograph.Corpus.Tests;

public sealed class LoaderTests
{
    private const string People = """
        entities:
          - id: stalin
            kind: person
            name: Joseph Stalin
            aliases: [Stalin]
          - id: bukharin
            kind: person
            name: Nikolai Bukharin
            aliases: [Bukharin]
        """;

    [Fact]
    public void QuoteOffsetsAreComputedSoThatSlicingTheTextGivesTheQuoteBack()
    {
        const string text = "Before. Stalin executed Bukharin. Stalin executed Bukharin again.";
        using var corpus = new TempCorpus().WithDocument("d", text, People + """

            relations:
              - id: r1
                type: executed
                subject: stalin
                object: bukharin
                source: author
                evidence:
                  - quote: Stalin executed Bukharin
                    occurrence: 2
            """);

        var evidence = Assert.Single(Assert.Single(corpus.Load().Corpus!.Relations).Evidence);

        Assert.Equal(text.LastIndexOf("Stalin executed Bukharin", StringComparison.Ordinal), evidence.Start);
        Assert.Equal("Stalin executed Bukharin", text[evidence.Start..evidence.End]);
    }

    [Fact]
    public void OffsetsCountCodePointsNotUtf16Units()
    {
        const string text = "\U0001D4E2 Stalin executed Bukharin.";
        using var corpus = new TempCorpus().WithDocument("d", text, People + """

            relations:
              - id: r1
                type: executed
                subject: stalin
                object: bukharin
                source: author
                evidence:
                  - quote: Stalin executed Bukharin
            """);

        var evidence = Assert.Single(Assert.Single(corpus.Load().Corpus!.Relations).Evidence);

        Assert.Equal(2, evidence.Start); // the mathematical S is two UTF-16 units but one code point
        Assert.Equal(26, evidence.End);
    }

    [Fact]
    public void MentionsAreWholeWordsAndTheLongestNameWins()
    {
        const string text = "Joseph Stalin spoke. Stalinism is not Stalin. Bukharin's fate.";
        using var corpus = new TempCorpus().WithDocument("d", text, People);

        var mentions = corpus.Load().Corpus!.Mentions;

        Assert.Equal(
            [("stalin", "Joseph Stalin", 0), ("stalin", "Stalin", 38), ("bukharin", "Bukharin", 46)],
            mentions.Select(m => (m.EntityId, m.Surface, m.Start)));
    }

    [Fact]
    public void UnknownFieldIsReportedRatherThanIgnored()
    {
        using var corpus = new TempCorpus().WithDocument("d", "Stalin executed Bukharin.", People + """

            relations:
              - id: r1
                type: executed
                subject: stalin
                object: bukharin
                source: quoted
                atributedTo: bukharin
                evidence:
                  - quote: Stalin executed Bukharin
            """);

        var messages = corpus.Load().Errors.Select(e => e.Message).ToList();

        Assert.Contains(messages, m => m.StartsWith("relation r1: unknown field 'atributedTo'", StringComparison.Ordinal));
        Assert.Contains("relation r1: a quoted claim needs 'attributedTo': who makes it", messages);
    }

    [Fact]
    public void NameSharedByTwoEntitiesIsAnError()
    {
        using var corpus = new TempCorpus().WithDocument("d", "Stalin.", People + """

              - id: koba
                kind: person
                name: Koba
                aliases: [Stalin]
            """);

        var error = Assert.Single(corpus.Load().Errors);

        Assert.Equal("entity koba: name 'Stalin' is already a name of entity stalin; mentions would be ambiguous", error.Message);
    }

    [Fact]
    public void DocumentsShareAnEntityAndItGathersTheirAliases()
    {
        using var corpus = new TempCorpus()
            .WithDocument("a", "Stalin.", People)
            .WithDocument("b", "Koba.", """
                entities:
                  - id: stalin
                    kind: person
                    name: Joseph Stalin
                    aliases: [Koba]
                """);

        var stalin = corpus.Load().Corpus!.EntitiesById["stalin"];

        Assert.Equal(["Stalin", "Koba"], stalin.Aliases.Select(a => a.Name));
        Assert.Equal(2, stalin.DeclaredIn.Count);
    }

    [Fact]
    public void ASharedEntityKeepsTheExistenceOneDocumentGivesAndRejectsAnother()
    {
        const string WithExistence = """
            entities:
              - id: stalin
                kind: person
                name: Joseph Stalin
                existence: "{0}"
            """;
        using var agreeing = new TempCorpus()
            .WithDocument("a", "Stalin.", People)
            .WithDocument("b", "Stalin.", WithExistence.Replace("{0}", "1878/1953", StringComparison.Ordinal));
        using var conflicting = new TempCorpus()
            .WithDocument("a", "Stalin.", WithExistence.Replace("{0}", "1878/1953", StringComparison.Ordinal))
            .WithDocument("b", "Stalin.", WithExistence.Replace("{0}", "1879/1953", StringComparison.Ordinal));

        var stalin = agreeing.Load().Corpus!.EntitiesById["stalin"];
        var error = Assert.Single(conflicting.Load().Errors);

        Assert.Equal("1878/1953", stalin.Existence?.Date.ToString());
        Assert.EndsWith("documents/b.yaml", error.File);
        // Line 11: the existence line, below TempCorpus's six-line document header.
        Assert.Equal(11, error.Line);
        Assert.StartsWith("entity stalin: existence 1879/1953 (text) differs from 1878/1953 (text) declared in ", error.Message);
        Assert.EndsWith("documents/a.yaml; give it once", error.Message);
    }

    [Fact]
    public void SharedEntityWithAnotherKindIsAnError()
    {
        using var corpus = new TempCorpus()
            .WithDocument("a", "Stalin.", People)
            .WithDocument("b", "Stalin.", """
                entities:
                  - id: stalin
                    kind: party
                    name: Joseph Stalin
                """);

        var error = Assert.Single(corpus.Load().Errors);

        Assert.EndsWith("documents/b.yaml", error.File);
        Assert.Contains("declared in", error.Message);
    }

    [Fact]
    public void EveryErrorOfEveryFileIsReportedTogether()
    {
        using var corpus = new TempCorpus()
            .WithDocument("a", "Text.", "entities:\n  - id: x\n    kind: planet\n    name: X\n")
            .WithDocument("b", "Text.", "entities:\n  - id: y\n    kind: person\n");

        var errors = corpus.Load().Errors;

        Assert.Equal(2, errors.Count);
        Assert.EndsWith("documents/a.yaml", errors[0].File);
        Assert.StartsWith("entity x: unknown kind 'planet'", errors[0].Message);
        Assert.EndsWith("documents/b.yaml", errors[1].File);
        Assert.Equal("entity y: missing required field 'name'", errors[1].Message);
    }

    [Fact]
    public void VersionChangesWhenAnAnnotationChanges()
    {
        using var corpus = new TempCorpus().WithDocument("d", "Stalin.", People);
        var before = corpus.Load().Corpus!.Version;

        corpus.WithDocument("d", "Stalin.", People + "\n    notes: Georgian.\n");

        Assert.NotEqual(before, corpus.Load().Corpus!.Version);
        Assert.Equal(12, before.Length);
    }

    [Fact]
    public void DuplicateRelationIdAndDateErrorsAreReportedTogether()
    {
        using var corpus = new TempCorpus().WithDocument("d", "Stalin executed Bukharin.", People + """

            relations:
              - id: r1
                type: executed
                subject: stalin
                object: bukharin
                source: author
                evidence:
                  - quote: Stalin executed Bukharin
              - id: r1
                type: executed
                subject: stalin
                object: bukharin
                date: "1938/1937-12"
                source: author
                evidence:
                  - quote: Stalin executed Bukharin
              - id: r2
                type: executed
                subject: stalin
                object: bukharin
                date: "1938-03-15"
                dateProvenance: editorial
                source: author
                evidence:
                  - quote: Stalin executed Bukharin
            """);

        var messages = corpus.Load().Errors.Select(e => (e.Line, e.Message)).ToList();

        Assert.Equal(
            [
                (24, "relation r1: duplicate relation id"),
                (28, "relation r1: bad date '1938/1937-12': ends (1937-12) before it starts (1938)"),
                (37, "relation r2: dateProvenance 'editorial' is editorial, so 'note' must say where date '1938-03-15' comes from"),
            ],
            messages);
    }
}
