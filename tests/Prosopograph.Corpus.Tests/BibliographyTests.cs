namespace Prosopograph.Corpus.Tests;

/// <summary>A document's publication details: read for citations, checked so that a citation never links nowhere.</summary>
public sealed class BibliographyTests
{
    private static Loading.CorpusLoadResult LoadWithDocumentFields(string fields)
    {
        using var corpus = new TempCorpus();
        File.WriteAllText(Path.Combine(corpus.Root, "documents", "cited.txt"), "Stalin.");
        File.WriteAllText(Path.Combine(corpus.Root, "documents", "cited.yaml"), $"""
            document:
              id: cited
              text: cited.txt
              title: A cited essay
              author: Tester
              language: en
            {fields}
            """);
        return corpus.Load();
    }

    [Fact]
    public void PublicationDetailsAreReadWithTheDocument()
    {
        var result = LoadWithDocumentFields("""
              publication: World Revolution
              issue: "312"
              publisher: International Communist Current
              url: https://example.org/wr/312
              licence: CC-BY-4.0
            """);

        var published = Assert.Single(result.Corpus!.Documents).Published;
        Assert.Equal(("World Revolution", "312", "International Communist Current", "https://example.org/wr/312", "CC-BY-4.0"),
            (published.Publication, published.Issue, published.Publisher, published.Url?.ToString(), published.Licence));
    }

    [Theory]
    [InlineData("  url: ftp://example.org/essay", 7, "document: url 'ftp://example.org/essay' is not an absolute http or https address")]
    [InlineData("  url: essays/312", 7, "document: url 'essays/312' is not an absolute http or https address")]
    [InlineData("  licence: \"\"", 7, "document: field 'licence' is empty")]
    [InlineData("  publication: [World, Revolution]", 7, "document: field 'publication' must be a single value")]
    public void BadPublicationDetailsAreRejectedWithTheirLine(string field, int line, string message)
    {
        var result = LoadWithDocumentFields(field);

        Assert.Null(result.Corpus);
        var error = Assert.Single(result.Errors, e => e.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void TheEssayNamesWhereItWasPublished()
    {
        var essay = Assert.Single(SeedCorpus().Documents);

        Assert.Equal(("World Revolution", "312", "http://en.internationalism.org/wr/312/stalin"),
            (essay.Published.Publication, essay.Published.Issue, essay.Published.Url?.ToString()));
    }

    private static Model.CorpusModel SeedCorpus() => Loading.CorpusLoader.Load(Path.Combine(RepositoryPaths.Root, "seed")).Corpus!;
}
