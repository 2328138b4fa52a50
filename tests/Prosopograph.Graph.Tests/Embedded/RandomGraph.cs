using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Tests.Embedded;

/// <summary>
/// A corpus of random relations made in code, seeded so that a failure reproduces: a few hubs with most of the
/// relations, a tail of entities with one or two, and pairs joined more than once.
/// </summary>
public static class RandomGraph
{
    private static readonly Vocabulary Vocabulary = new(
        [new EntityKind("person", "Person", "A person.")],
        [
            new RelationType("executed", "executed", "executed by", "Had put to death.", ["person"], ["person"], false, Temporality.Point),
            new RelationType("allied_with", "allied with", "allied with", "Were allies.", ["person"], ["person"], true, Temporality.Interval),
        ]);

    private static readonly Document Essay = new("essay", "An essay", "Someone", EdtfDate.Parse("2008"), "en", null, "essay.txt", "Someone met someone.");

    public static CorpusModel Build(int seed, int entities, int relations, int hubs = 3)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, entities)
            .Select(i => new Entity($"e{random.Next(100_000):D5}-{i}", "person", $"Person {i}", [], null, ["essay"], null))
            .ToList();
        var links = Enumerable.Range(0, relations).Select(i =>
        {
            // Half the relations touch a hub, so that hubs have far more relations than a node cap.
            var subject = people[random.Next(2) == 0 ? random.Next(hubs) : random.Next(entities)];
            var @object = people[random.Next(entities)];
            var symmetric = random.Next(3) == 0;
            var date = random.Next(4) == 0 ? null : EdtfDate.Point(new CalendarDate(1900 + random.Next(50)));
            return Relation($"r{random.Next(1_000_000):D6}-{i}", symmetric ? "allied_with" : "executed", subject, @object, date,
                symmetric ? Temporality.Interval : Temporality.Point);
        });
        return Of(people, links.Where(r => r.Subject != r.Object).ToList());
    }

    /// <summary>A relation between two entities; <paramref name="date"/> null leaves it undated.</summary>
    public static Relation Relation(string id, string type, Entity subject, Entity @object, EdtfDate? date, Temporality temporal) => new(
        id, type, subject.Id, @object.Id, date is null ? null : new SourcedDate(date, DateProvenance.Text), Voice.OfAuthor,
        [new Evidence("essay", "Someone", 0, 7)], null, ValidityRules.For(temporal, date, subject, @object));

    public static Entity Person(string id) => new(id, "person", id, [], null, ["essay"], null);

    public static CorpusModel Of(IReadOnlyList<Entity> people, IReadOnlyList<Relation> relations) =>
        new("made", Vocabulary, [Essay], people, relations, []);
}
