using System.Text;
using System.Text.Json;
using Prosopograph.Corpus.Model;

namespace Prosopograph.CorpusGenerator.Tests;

public sealed class GeneratedCorpusTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    [Fact]
    public void GeneratedCorpusLoadsWithoutAnyError()
    {
        Assert.Empty(corpus.Load.Errors);
        Assert.Equal(GeneratedCorpus.Relations, corpus.Model.Relations.Count);
        Assert.Equal(GeneratedCorpus.Relations / 200, corpus.Model.Documents.Count);
        Assert.Equal(corpus.Summary.Entities, corpus.Model.Entities.Count);
    }

    [Fact]
    public void GeneratedCorpusHasEveryEntityKindAndRelationType()
    {
        var vocabulary = corpus.Model.Vocabulary;
        Assert.Equal(vocabulary.EntityKinds.Select(k => k.Id).Order(), corpus.Model.Entities.Select(e => e.Kind).Distinct().Order());
        Assert.Equal(vocabulary.RelationTypes.Select(t => t.Id).Order(), corpus.Model.Relations.Select(r => r.Type).Distinct().Order());
    }

    [Fact]
    public void EveryQuoteIsTheTextBetweenItsComputedOffsets()
    {
        var documents = corpus.Model.Documents.ToDictionary(d => d.Id, d => d.Text.EnumerateRunes().ToArray());
        var evidence = corpus.Model.Relations.SelectMany(r => r.Evidence).ToList();
        Assert.True(evidence.Count > GeneratedCorpus.Relations);
        foreach (var quote in evidence)
        {
            var runes = documents[quote.DocumentId][quote.Start..quote.End];
            Assert.Equal(quote.Quote, string.Concat(runes.Select(r => r.ToString())));
        }
    }

    [Fact]
    public void SomeQuotesNeedAnOccurrenceAndTheLoaderFindsTheRightOne()
    {
        // A quote found more than once in its text must say which occurrence it is; the offsets test above checks
        // that the loader lands on the sentence written for the relation, not just on equal text.
        var annotations = Directory.GetFiles(Path.Combine(corpus.Root, "documents"), "*.yaml").Select(File.ReadAllText);
        Assert.Contains(annotations, text => text.Contains("occurrence: ", StringComparison.Ordinal));
    }

    [Fact]
    public void NamesTakeEveryAliasTypeAndNamesakesAreToldApart()
    {
        var entities = corpus.Model.Entities;
        var aliasTypes = entities.SelectMany(e => e.Aliases).Select(a => a.Type).OfType<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { "spelling-in-text", "pseudonym", "birth-name", "transliteration", "original-script", "abbreviation", "translation" }, aliasTypes);
        var people = entities.Where(e => e.Kind == "person").Select(e => e.Name.Split(' ')).ToList();
        Assert.Contains(people.GroupBy(n => n[^1]), surname => surname.Count() >= 3);
        // Namesakes: the same given name and surname, told apart by a middle name or patronymic, as the loader requires.
        Assert.Contains(people.Where(n => n.Length > 2).GroupBy(n => (n[0], n[^1])), pair => people.Any(p => p.Length == 2 && (p[0], p[1]) == pair.Key));
    }

    [Fact]
    public void DatesComeInEveryPrecisionShapeAndProvenance()
    {
        var dates = corpus.Model.Relations.Select(r => r.Date).Concat(corpus.Model.Entities.Select(e => e.Existence)).OfType<SourcedDate>().ToList();
        var texts = dates.Select(d => d.Date.ToString()).ToList();
        Assert.Contains(texts, t => t.Length == 4);
        Assert.Contains(texts, t => t.Length == 7);
        Assert.Contains(texts, t => t.Length == 10);
        foreach (var mark in new[] { "~", "?", "%", "/..", "../" })
        {
            Assert.Contains(texts, t => t.Contains(mark, StringComparison.Ordinal));
        }

        Assert.Contains(texts, t => t.EndsWith('/'));
        Assert.Contains(texts, t => t.StartsWith('/'));
        Assert.Equal(4, dates.Select(d => d.Provenance.ToString()).Distinct().Count());
        Assert.Contains(corpus.Model.Relations, r => r.Date is null);
    }

    [Fact]
    public void ClaimsComeInEveryVoiceAndStance()
    {
        var voices = corpus.Model.Relations.Select(r => (r.Voice.Source, r.Voice.Stance, ByAuthor: r.Voice.DisputedBy == Voice.Author)).Distinct().ToList();
        foreach (var source in Enum.GetValues<ClaimSource>())
        {
            Assert.Contains((source, ClaimStance.Asserted, false), voices);
        }

        Assert.Contains((ClaimSource.Author, ClaimStance.Disputed, false), voices);
        Assert.Contains((ClaimSource.Quoted, ClaimStance.Disputed, true), voices);
        Assert.Contains((ClaimSource.Reported, ClaimStance.Disputed, false), voices);
    }

    [Fact]
    public void DegreesHaveHubsAndALongTail()
    {
        var degrees = corpus.Model.Relations.SelectMany(r => new[] { r.Subject, r.Object }).CountBy(id => id).Select(p => p.Value).Order().ToList();
        var median = degrees[degrees.Count / 2];
        Assert.True(degrees[^1] >= 10 * median, $"biggest degree {degrees[^1]}, median {median}");
        Assert.True(degrees.Count(d => d <= median) >= degrees.Count / 2);
    }

    [Fact]
    public void ManifestNamesHubsAndSampleIdsThatExist()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus.Root, CorpusGenerator.ManifestFile)));
        var ids = corpus.Model.EntitiesById;
        var hubs = manifest.RootElement.GetProperty("hubs").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.All(hubs, id => Assert.True(ids.ContainsKey(id)));
        Assert.True(ids.ContainsKey(manifest.RootElement.GetProperty("ordinary").GetProperty("id").GetString()!));
        Assert.True(ids.ContainsKey(manifest.RootElement.GetProperty("path").GetProperty("to").GetString()!));
        Assert.Equal(corpus.Model.Entities.Count, manifest.RootElement.GetProperty("entities").GetInt32());
    }

    [Fact]
    public void TextsAreUtf8WithoutByteOrderMark()
    {
        var first = File.ReadAllBytes(Path.Combine(corpus.Root, "documents", "doc-000001.txt"));
        Assert.NotEqual(Encoding.UTF8.Preamble.ToArray(), first[..3]);
    }
}
