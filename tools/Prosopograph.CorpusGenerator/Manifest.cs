using System.Text.Json;

namespace Prosopograph.CorpusGenerator;

/// <summary>
/// corpus-manifest.json: what the corpus holds and which ids to ask for in benchmarks (the biggest hubs, an
/// ordinary entity, a pair to find paths between, a search term and a misspelling of it).
/// </summary>
internal static class Manifest
{
    public static void Write(string path, GeneratorOptions options, int documents, EntityTable entities)
    {
        var declared = entities.All.Where(e => e.DeclaredInDocument > 0).ToList();
        var people = declared.Where(e => e.Kind == "person" && e.Degree > 0).OrderBy(e => e.Degree).ThenBy(e => e.Index).ToList();
        var ordinary = people[people.Count / 2];
        var other = people[Math.Min(people.Count - 1, people.Count / 2 + people.Count / 4)];
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("generator", "Prosopograph.CorpusGenerator");
        json.WriteNumber("seed", options.Seed);
        json.WriteNumber("relations", options.Relations);
        json.WriteNumber("relationsPerDocument", options.RelationsPerDocument);
        json.WriteNumber("documents", documents);
        json.WriteNumber("entities", declared.Count);
        json.WriteStartObject("entitiesByKind");
        foreach (var group in declared.GroupBy(e => e.Kind))
        {
            json.WriteNumber(group.Key, group.Count());
        }

        json.WriteEndObject();
        json.WriteStartArray("hubs");
        foreach (var hub in declared.OrderByDescending(e => e.Degree).ThenBy(e => e.Index).Take(10))
        {
            Entity(json, null, hub);
        }

        json.WriteEndArray();
        Entity(json, "ordinary", ordinary);
        json.WriteStartObject("path");
        json.WriteString("from", ordinary.Id);
        json.WriteString("to", other.Id);
        json.WriteEndObject();
        json.WriteStartObject("search");
        json.WriteString("exact", ordinary.Name);
        json.WriteString("fuzzy", Misspelt(ordinary.Name));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Entity(Utf8JsonWriter json, string? property, GeneratedEntity entity)
    {
        if (property is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(property);
        }

        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Name);
        json.WriteString("kind", entity.Kind);
        json.WriteNumber("degree", entity.Degree);
        json.WriteEndObject();
    }

    // Two letters of the last word swapped, as a user mistypes a name.
    private static string Misspelt(string name)
    {
        var at = name.LastIndexOf(' ') + 2;
        return at + 1 < name.Length ? string.Concat(name.AsSpan(0, at), name[at + 1].ToString(), name[at].ToString(), name.AsSpan(at + 2)) : name;
    }
}
