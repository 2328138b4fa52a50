using Prosopograph.Cli;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Suggesting;
using Xunit.Abstractions;

namespace Prosopograph.Corpus.Tests.Cli;

/// <summary>
/// <c>suggest</c> measured on the essay with its annotation withheld: it sees the text only (no known entity), and
/// its proposals are scored against the annotation afterwards. The figures are in docs/cli.md.
/// </summary>
public sealed class SuggestTests(ITestOutputHelper output)
{
    private static readonly Model.CorpusModel Seed = CorpusLoader.Load(TestCorpora.SeedPath).Corpus!;

    [Fact]
    public void OnTheEssayAloneItFindsMostAnnotatedEntitiesAndRelationSentences()
    {
        var essay = Seed.Documents.Single();
        var codePoints = essay.Text.EnumerateRunes().ToArray();

        var suggestion = Suggester.Suggest(essay.Id, essay.Text, knownEntities: []);

        var mentioned = Seed.Mentions.GroupBy(m => m.EntityId).ToList();
        var candidateSpans = suggestion.CandidateEntities.SelectMany(c => c.Mentions).ToList();
        var entitiesFound = mentioned.Count(g => g.Any(m => candidateSpans.Any(c => c.Start < m.End && m.Start < c.End)));
        var relationsFound = Seed.Relations.Count(r => r.Evidence.Any(e =>
            suggestion.CandidateRelations.Any(s => s.Start < e.End && e.Start < s.End)));
        var proposalsOnEvidence = suggestion.CandidateRelations.Count(s =>
            Seed.Relations.Any(r => r.Evidence.Any(e => s.Start < e.End && e.Start < s.End)));
        output.WriteLine("missed: " + string.Join(", ", mentioned.Where(g => !g.Any(m => candidateSpans.Any(c => c.Start < m.End && m.Start < c.End))).Select(g => g.First().Surface)));
        output.WriteLine($"entities: {entitiesFound} of {mentioned.Count} annotated entities with a mention ({Seed.Entities.Count} in all) found by a candidate name ({suggestion.CandidateEntities.Count} candidates)");
        output.WriteLine($"relations: {relationsFound} of {Seed.Relations.Count} have a proposed sentence; {proposalsOnEvidence} of {suggestion.CandidateRelations.Count} proposed sentences (of {Sentences.Of(essay.Text).Count} in the text) hold annotated evidence");

        // Floors well below the measured figures, so that a regression shows but a change of annotation does not.
        Assert.True(entitiesFound * 2 > mentioned.Count, $"{entitiesFound} of {mentioned.Count}");
        Assert.True(relationsFound * 2 > Seed.Relations.Count, $"{relationsFound} of {Seed.Relations.Count}");
        Assert.All(suggestion.CandidateRelations, s => Assert.Equal(s.Quote, string.Concat(codePoints[s.Start..s.End])));
    }

    [Fact]
    public void WithTheCorpusKnownItNamesTheKnownEntitiesAndProposesOnlyTheNewOnes()
    {
        var text = "In 1937 Natalia Sedova joined Trotsky in exile in Mexico. She condemned Stalin.";

        var suggestion = Suggester.Suggest("new", text, Seed.Entities);

        Assert.Equal(["trotsky", "mexico", "stalin"], suggestion.KnownMentions.Select(m => m.EntityId));
        Assert.Equal("Natalia Sedova", Assert.Single(suggestion.CandidateEntities).Name);
        Assert.Equal(2, suggestion.CandidateRelations.Count);
    }

    [Fact]
    public void TheDraftIsPrintedAndNothingIsWritten()
    {
        var folder = Directory.CreateTempSubdirectory("prosopograph-suggest-").FullName;
        var textFile = Path.Combine(folder, "sedova.txt");
        File.WriteAllText(textFile, "Natalia Sedova joined Trotsky in exile in Mexico.");
        using var draft = new StringWriter();

        var exit = SuggestCommand.Run(textFile, TestCorpora.SeedPath, draft, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Contains("name: \"Natalia Sedova\"", draft.ToString(), StringComparison.Ordinal);
        Assert.Contains("quote: \"Natalia Sedova joined Trotsky in exile in Mexico.\"", draft.ToString(), StringComparison.Ordinal);
        Assert.Equal([textFile], Directory.GetFiles(folder));
        Directory.Delete(folder, recursive: true);
    }
}
