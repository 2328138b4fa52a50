using Prosopograph.Graph.Embedded.Search;
using Prosopograph.Graph.Search;

namespace Prosopograph.Graph.Tests.Search;

/// <summary>
/// The deletion index looks only at the first letters of each term; these random trials put the edits everywhere,
/// at the cut above all, and require every term within the allowed edits among the candidates.
/// </summary>
public sealed class FuzzyIndexTests
{
    [Fact]
    public void EveryTermWithinTheAllowedEditsIsACandidateWhereverTheEditsFall()
    {
        var random = new Random(1929);
        var names = Enumerable.Range(0, 1000).Select(_ => (IReadOnlyList<string>)[Name(random)]).ToArray();
        var index = new FuzzyIndex(names);
        var near = 0;
        for (var trial = 0; trial < 1000; trial++)
        {
            var source = SyntheticPeople.Pick(random, names)[0];
            var query = random.Next(2) == 0 ? Edited(random, source) : Edited(random, Edited(random, source));
            var edits = NameMatcher.AllowedEdits(query.Length);
            if (edits == 0)
            {
                continue;
            }

            var candidates = new HashSet<int>();
            index.AddCandidates(query, edits, candidates);
            for (var entity = 0; entity < names.Length; entity++)
            {
                var terms = names[entity].SelectMany(n => n.Split(' ').Prepend(n));
                if (terms.Any(t => EditDistance.Within(query, t, edits)))
                {
                    near++;
                    Assert.True(candidates.Contains(entity), $"'{query}' is within {edits} of '{names[entity][0]}' but not a candidate.");
                }
            }
        }

        Assert.True(near > 500, "Too few trials were near anything for the check to mean much.");
    }

    // Letters from a small alphabet, so that terms share beginnings and near neighbours abound.
    private static string Name(Random random)
    {
        string Word() => new(Enumerable.Range(0, 3 + random.Next(9)).Select(_ => "aeiklnorst"[random.Next(10)]).ToArray());
        return random.Next(3) == 0 ? $"{Word()} {Word()}" : Word();
    }

    private static string Edited(Random random, string text)
    {
        var at = random.Next(Math.Min(text.Length, 10));
        return random.Next(4) switch
        {
            0 when text.Length > 1 => text.Remove(at, 1),
            1 => text.Insert(at, "aeiklnorst"[random.Next(10)].ToString()),
            2 when at + 1 < text.Length => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
            _ => text[..at] + "aeiklnorst"[random.Next(10)] + text[(at + 1)..],
        };
    }
}
