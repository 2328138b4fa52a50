namespace Prosopograph.Corpus.Tests;

/// <summary>One corpus folder per failure class; each must name file, line and problem, and load nothing.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("malformed-yaml", 17, "malformed YAML:")]
    [InlineData("unknown-type", 31, "relation r-executed: unknown relation type 'shot'")]
    [InlineData("unknown-entity", 33, "relation r-executed: unknown entity 'bukarin' as object")]
    [InlineData("kind-mismatch", 41, "relation r-expelled: object stalin is a person, but expelled_from takes a object of kind party")]
    [InlineData("quote-not-in-text", 37, "relation r-executed: quote not found in document sample: \"Stalin shot Bukharin in 1938.\"")]
    [InlineData("ambiguous-quote", 37, "relation r-executed: quote occurs 2 times in document sample; lengthen it or add 'occurrence: 1..2': \"Stalin\"")]
    [InlineData("malformed-date", 42, "relation r-expelled: bad date 'November 1927': not an EDTF date; use 1927, 1927-11 or 1927-11-12")]
    [InlineData("impossible-date", 42, "relation r-expelled: bad date '1927-02-30': 1927-02 has no day 30")]
    [InlineData("date-end-before-start", 42, "relation r-expelled: bad date '1928/1927': ends (1927) before it starts (1928)")]
    [InlineData("editorial-date-without-note", 19, "entity bukharin: existenceProvenance 'editorial' is editorial, so 'notes' must say where existence '1888-10-09/1938-03-15' comes from")]
    [InlineData("provenance-mismatch", 43, "relation r-expelled: dateProvenance 'text/editorial' gives a start and an end, but date '1927' is a point; use text or editorial")]
    [InlineData("unknown-provenance", 43, "relation r-expelled: unknown dateProvenance 'curator' (expected text, editorial, text/editorial or editorial/text)")]
    [InlineData("duplicate-id", 24, "entity bukharin: duplicate entity id (first declared at line 14)")]
    [InlineData("unknown-source", 35, "relation r-executed: unknown source 'rumour' (expected author, quoted, reported)")]
    [InlineData("attribution-missing", 35, "relation r-executed: a quoted claim needs 'attributedTo': who makes it")]
    [InlineData("attribution-on-author", 36, "relation r-executed: a claim in the author's own voice has no 'attributedTo'")]
    [InlineData("dispute-missing", 36, "relation r-executed: a disputed claim needs 'disputedBy'")]
    [InlineData("dispute-unknown-entity", 37, "relation r-executed: unknown entity 'zinoviev' as disputedBy")]
    [InlineData("dispute-without-stance", 36, "relation r-executed: 'disputedBy' needs 'stance: disputed'")]
    public void BrokenCorpusIsRejectedWithFileLineAndMessage(string folder, int line, string message) =>
        AssertSingleError(folder, "documents/sample.yaml", line, message);

    [Theory]
    [InlineData("broader-unknown", 17, "relation type executed: unknown broader type 'killed'")]
    [InlineData("broader-cycle", 17, "relation type executed: broader types form a cycle: executed -> expelled_from -> executed")]
    [InlineData("broader-kinds", 25, "relation type expelled_from: object kinds party are not object kinds of its broader type executed")]
    public void BrokenVocabularyIsRejectedWithFileLineAndMessage(string folder, int line, string message) =>
        AssertSingleError(folder, "vocabulary.yaml", line, message);

    private static void AssertSingleError(string folder, string file, int line, string message)
    {
        var result = TestCorpora.Load(folder);

        Assert.Null(result.Corpus);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{folder}/{file}", error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(message, error.Message);
        Assert.StartsWith($"{folder}/{file}:{line}: {message}", error.ToString());
    }

    [Fact]
    public void ValidSampleCorpusLoadsWithoutErrors()
    {
        var result = TestCorpora.Load("valid");

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Corpus);
        Assert.Equal(2, result.Corpus.Relations.Count);
    }

    [Fact]
    public void MissingCorpusFolderNamesTheVocabularyFile()
    {
        var result = TestCorpora.Load("no-such-corpus");

        var error = Assert.Single(result.Errors);
        Assert.Equal("no-such-corpus/vocabulary.yaml", error.File);
        Assert.Contains("must contain vocabulary.yaml", error.Message);
        Assert.Null(result.Corpus);
    }
}
