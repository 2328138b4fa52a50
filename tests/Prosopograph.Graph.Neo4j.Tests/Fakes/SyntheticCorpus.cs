using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Neo4j.Tests.Fakes;

/// <summary>A corpus of any size made in code, for tests that count requests or rows rather than check history.</summary>
public static class SyntheticCorpus
{
    public static readonly Vocabulary Vocabulary = new(
        [new EntityKind("person", "Person", "A person."), new EntityKind("party", "Party", "A party.")],
        [
            new RelationType("executed", "executed", "executed by", "Had put to death.", ["person"], ["person"], false, Temporality.Point),
            new RelationType("allied_with", "allied with", "allied with", "Were allies.", ["person"], ["person"], true, Temporality.Interval),
            new RelationType("killed", "killed", "killed by", "Caused the death of.", ["person"], ["person"], false, Temporality.Point),
            new RelationType("assassinated", "assassinated", "assassinated by", "Murdered.", ["person"], ["person"], false, Temporality.Point, Broader: "killed"),
        ]);

    /// <summary>Documents beyond the first ("essay", which all evidence cites) are copies of its text; mentions go round them.</summary>
    public static CorpusModel Build(int entities = 4, int relations = 3, int mentions = 2, string version = "v1", int documents = 1)
    {
        var text = string.Concat(Enumerable.Range(0, entities).Select(i => $"Person {i} met. "));
        var texts = Enumerable.Range(0, documents)
            .Select(i => new Document(i == 0 ? "essay" : $"copy{i}", "An essay", "Someone", EdtfDate.Parse("2008"), "en", null, $"essay{i}.txt", text))
            .ToList();
        var people = Enumerable.Range(0, entities)
            .Select(i => new Entity($"p{i}", "person", $"Person {i}", [new Alias($"P{i}"), new Alias($"Born {i}", "birth-name")], null, ["essay"],
                i == 0 ? new SourcedDate(EdtfDate.Parse("1870/1940"), new DateProvenance(DateSource.Editorial, DateSource.Text)) : null))
            .ToList();
        var links = Enumerable.Range(0, relations).Select(i => Relation(i, people)).ToList();
        var found = Enumerable.Range(0, mentions)
            .Select(i => new Mention(texts[i % documents].Id, $"p{i % entities}", $"Person {i % entities}", 16 * (i % entities), (16 * (i % entities)) + 8))
            .ToList();
        return new CorpusModel(version, Vocabulary, texts, people, links, found);
    }

    private static Relation Relation(int i, List<Entity> people)
    {
        var date = EdtfDate.Point(new CalendarDate(1900 + (i % 50)));
        var type = i % 2 == 0 ? "executed" : "allied_with";
        var temporal = i % 2 == 0 ? Temporality.Point : Temporality.Interval;
        var (subject, @object) = (people[i % people.Count], people[(i + 1) % people.Count]);
        return new Relation(
            $"r{i:D5}", type, subject.Id, @object.Id, new SourcedDate(date, DateProvenance.Text), Voice.OfAuthor,
            [new Evidence("essay", "Person", 0, 6)], null, ValidityRules.For(temporal, date, subject, @object));
    }
}
