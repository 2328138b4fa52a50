using System.Text;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Tests.Scale;

/// <summary>
/// Entities and texts made to trip a mention finder: names that are prefixes of others ("Lev", "Lev Kamenev"), names
/// two entities share, names inside longer words, names beginning with punctuation or a space, phrases that equal
/// a name, letters outside the basic plane (surrogate pairs) and Cyrillic.
/// </summary>
internal static class SyntheticMentions
{
    private static readonly string[] Words =
        ["Lev", "Kamenev", "Zinoviev", "Trotsky", "Koba", "Сталин", "Ленин", "𝔄𝔫𝔫𝔞", "Party", "the", "old", "guard", "Lev's", "X-1", "e\u0301", "12"];

    private static readonly string[] Glue = [" ", " ", " ", ", ", ". ", "'", "-", "\n", "", "«", "»", "𝔄"];

    public static (IReadOnlyList<Entity> Entities, IReadOnlyList<Document> Documents) Generate(Random random)
    {
        var documents = Enumerable.Range(0, 6).Select(d => $"d{d}").ToList();
        var entities = Enumerable.Range(0, 40).Select(i => Entity(random, i, documents)).ToList();
        var texts = documents.Select(id => new Document(id, "", "", null, "en", null, id + ".txt", Text(random))).ToList();
        return (entities, texts);
    }

    private static Entity Entity(Random random, int index, List<string> documents)
    {
        var aliases = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new Alias(Name(random))).DistinctBy(a => a.Name).ToList();
        var phrases = Enumerable.Range(0, random.Next(0, 3))
            .Select(_ => new Phrase(random.Next(4) == 0 ? Name(random) : "the " + Name(random), documents[random.Next(documents.Count)]))
            .ToList();
        return new Entity($"e{index:D2}", "person", Name(random), aliases, null, ["synthetic.yaml"]) { Phrases = phrases };
    }

    // Mostly one or two words, sometimes with glue around them, so that some names start or end with punctuation.
    private static string Name(Random random)
    {
        var name = new StringBuilder(Pick(random, Words));
        for (var more = random.Next(0, 3); more > 0; more--)
        {
            name.Append(random.Next(3) == 0 ? Pick(random, Glue) : " ").Append(Pick(random, Words));
        }

        return random.Next(8) == 0 ? Pick(random, Glue) + name : name.ToString();
    }

    private static string Text(Random random)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            text.Append(Pick(random, Words)).Append(Pick(random, Glue));
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
