using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Tests.Search;

/// <summary>
/// Entities with the names that make search hard at scale: few surnames shared by many, people with the same name,
/// patronymics, pseudonyms, Cyrillic spellings, misspelt aliases, and organisations named after people. Deterministic
/// for a seed; used by the search tests and, linked, by the search benchmark.
/// </summary>
public static class SyntheticPeople
{
    private static readonly string[] Forenames =
    [
        "Leon", "Lev", "Ivan", "Ivana", "Nikolai", "Natalia", "Sergei", "Serge", "Victor", "Viktor", "Anna", "Ana", "Maria",
        "Mária", "Alexander", "Alexandra", "Alexei", "Grigory", "Joseph", "José", "Karl", "Rosa", "Clara", "Jean",
        "Jeanne", "François", "Fyodor", "Dmitri", "Olga", "Yevgeny", "Zinaida", "Ramón", "Andrés", "Diego", "Frida",
    ];

    private static readonly string[] Surnames =
    [
        "Ivanov", "Ivanova", "Petrov", "Petrova", "Smirnov", "Kamenev", "Zinoviev", "Bukharin", "Trotsky", "Sedov",
        "Sedova", "Mercader", "Rivera", "Kahlo", "Serge", "Souvarine", "Rosmer", "Nin", "Maurín", "Dewey", "Naville",
        "Van Heijenoort", "de la Cruz", "Müller", "Schmidt", "Kowalski", "Nowak", "Dubois", "Lefèvre", "García",
        "Alexandrov", "Alexandrova", "Rakovsky", "Radek", "Pyatakov", "Smilga", "Preobrazhensky", "Sosnovsky",
    ];

    private static readonly string[] Cyrillic =
    [
        "Иван Иванов", "Лев Троцкий", "Наталья Седова", "Николай Бухарин", "Григорий Зиновьев", "Лев Каменев",
        "Карл Радек", "Христиан Раковский", "Сергей Петров", "Анна Смирнова",
    ];

    private static readonly string[] Syllables = ["ka", "ro", "vi", "na", "tor", "lin", "ser", "mos", "pa", "dek", "ul", "zh", "ov"];

    private static readonly string[] Organisations = ["Party", "Union", "Committee", "Opposition", "Bureau", "Society", "League"];

    public static IReadOnlyList<Entity> Entities(int count, int seed, IReadOnlyList<string> kinds)
    {
        var random = new Random(seed);
        var people = kinds.Contains("person") ? "person" : kinds[0];
        var entities = new List<Entity>(count);
        for (var n = 0; n < count; n++)
        {
            var kind = random.Next(4) == 0 ? kinds[random.Next(kinds.Count)] : people;
            var name = kind == people ? PersonName(random) : $"{Pick(random, Organisations)} of {PersonName(random)}";
            var aliases = new List<Alias>();
            for (var a = random.Next(4); a > 0; a--)
            {
                aliases.Add(random.Next(5) switch
                {
                    0 => new Alias(Pseudonym(random), "pseudonym"),
                    1 => new Alias(Pick(random, Cyrillic), "transliteration"),
                    2 => new Alias(Misspelt(random, name), "spelling"),
                    3 => new Alias($"{Pick(random, Forenames)} {Pick(random, Surnames)}", "birth-name"),
                    _ => new Alias(name.ToUpperInvariant()),
                });
            }

            entities.Add(new Entity($"e{n:D6}", kind, name, aliases, null, []));
        }

        return entities;
    }

    /// <summary>A copy of the text with one random edit: a letter changed, dropped, doubled, or two swapped.</summary>
    public static string Misspelt(Random random, string text)
    {
        if (text.Length < 2)
        {
            return text + "x";
        }

        var at = random.Next(text.Length - 1);
        return random.Next(4) switch
        {
            0 => text[..at] + (char)('a' + random.Next(26)) + text[(at + 1)..],
            1 => text[..at] + text[(at + 1)..],
            2 => text[..at] + text[at] + text[at..],
            _ => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
        };
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string PersonName(Random random) => random.Next(6) switch
    {
        0 => $"{Pick(random, Forenames)} {Pick(random, Forenames)}ovich {Pick(random, Surnames)}",
        1 => Pick(random, Surnames),
        _ => $"{Pick(random, Forenames)} {Pick(random, Surnames)}",
    };

    private static string Pseudonym(Random random) =>
        string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Pick(random, Syllables)));
}
