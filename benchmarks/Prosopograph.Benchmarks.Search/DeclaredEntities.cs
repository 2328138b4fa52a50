using Prosopograph.Corpus.Model;

namespace Prosopograph.Benchmarks.Search;

/// <summary>
/// The entities a generated corpus declares, read straight from the `entities:` blocks of its annotation files without
/// validating or loading anything else: search needs only names, and a full load of the million-relation corpus
/// takes longer than this machine gives a benchmark (the loader is measured on its own). Reads the generator's
/// layout only (double-quoted names, aliases as strings or name/type maps); the first declaration of an id wins.
/// </summary>
internal static class DeclaredEntities
{
    public static IReadOnlyList<Entity> Read(string corpusFolder)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpusFolder, "documents"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var entity in InFile(file))
            {
                entities.TryAdd(entity.Id, entity);
            }
        }

        return [.. entities.Values];
    }

    private static IEnumerable<Entity> InFile(string file)
    {
        string? id = null, kind = null, name = null;
        var aliases = new List<Alias>();
        var inEntities = false;
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length > 0 && line[0] != ' ')
            {
                inEntities = line == "entities:";
                continue;
            }

            if (!inEntities)
            {
                continue;
            }

            if (line.StartsWith("  - id: ", StringComparison.Ordinal))
            {
                if (id is not null)
                {
                    yield return new Entity(id, kind!, name!, aliases, null, []);
                }

                (id, kind, name, aliases) = (line[8..].Trim(), null, null, []);
            }
            else if (line.StartsWith("    kind: ", StringComparison.Ordinal))
            {
                kind = line[10..].Trim();
            }
            else if (line.StartsWith("    name: ", StringComparison.Ordinal))
            {
                name = Unquoted(line[10..]);
            }
            else if (line.StartsWith("      - name: ", StringComparison.Ordinal))
            {
                aliases.Add(new Alias(Unquoted(line[14..])));
            }
            else if (line.StartsWith("      - ", StringComparison.Ordinal))
            {
                aliases.Add(new Alias(Unquoted(line[8..])));
            }
        }

        if (id is not null)
        {
            yield return new Entity(id, kind!, name!, aliases, null, []);
        }
    }

    private static string Unquoted(string value) => value.Trim().Trim('"');
}
