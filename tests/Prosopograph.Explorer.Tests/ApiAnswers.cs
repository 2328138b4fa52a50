using System.Text.Json;

namespace Prosopograph.Explorer.Tests;

public sealed record ApiRelation(string Id, string Type, string Source, string Target, string Voice, string Validity, IReadOnlyList<ApiEvidence> Evidence);

public sealed record ApiEvidence(string DocumentId, string Quote, int Start, int End);

public sealed record ApiGraph(IReadOnlyList<string> NodeIds, IReadOnlyList<ApiRelation> Links);

public sealed record ApiMention(string EntityId, string Surface, int Start, int End);

/// <summary>
/// What the API itself answers, to compare the page with. Reads both the list envelope and bare arrays, and
/// graph links as `links` or `edges` with ids or entity references at their ends, as the page's api.js does.
/// </summary>
public sealed class ApiAnswers(Uri origin) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = origin };

    public async Task<ApiGraph> NeighbourhoodAsync(string entityId, int depth = 1) =>
        Graph(await GetAsync($"/api/entities/{entityId}/neighbourhood?depth={depth}"));

    public async Task<IReadOnlyList<ApiGraph>> PathsAsync(string from, string to) =>
        Items(await GetAsync($"/api/paths?from={from}&to={to}")).Select(Graph).ToList();

    public async Task<IReadOnlyList<ApiRelation>> AllRelationsAsync() =>
        Items(await GetAsync("/api/relations?limit=500")).Select(Relation).ToList();

    public async Task<ApiRelation> RelationAsync(string id) => Relation(await GetAsync($"/api/relations/{id}"));

    public async Task<string> DocumentTextAsync(string documentId) =>
        (await GetAsync($"/api/documents/{documentId}")).GetProperty("text").GetString()!;

    public async Task<string> OnlyDocumentIdAsync() =>
        Items(await GetAsync("/api/documents")).Single().GetProperty("id").GetString()!;

    public async Task<IReadOnlyList<ApiMention>> MentionsAsync(string documentId, string entityId) =>
        Items(await GetAsync($"/api/documents/{documentId}/mentions?entity={entityId}"))
            .Select(m => new ApiMention(
                m.GetProperty("entity").GetProperty("id").GetString()!,
                m.GetProperty("surface").GetString()!,
                m.GetProperty("start").GetInt32(),
                m.GetProperty("end").GetInt32()))
            .ToList();

    /// <summary>The relation types of a family, with the types narrower than them (a type filter includes those).</summary>
    public async Task<IReadOnlySet<string>> TypesOfFamilyAsync(string family)
    {
        var types = Items(await GetAsync("/api/relation-types?limit=500")).ToList();
        var inFamily = types.Where(t => t.TryGetProperty("family", out var f) && f.GetString() == family)
            .Select(t => t.GetProperty("id").GetString()!).ToHashSet();
        var grew = true;
        while (grew)
        {
            var narrower = types.Where(t => t.TryGetProperty("broader", out var b) && inFamily.Contains(b.GetString()!))
                .Select(t => t.GetProperty("id").GetString()!);
            grew = narrower.Any(inFamily.Add);
        }
        return inFamily;
    }

    public async Task<IReadOnlyList<string>> EntityIdsAsync() =>
        Items(await GetAsync("/api/entities?limit=500")).Select(e => e.GetProperty("id").GetString()!).ToList();

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<JsonElement> Items(JsonElement body) =>
        body.ValueKind == JsonValueKind.Array ? body.EnumerateArray() : body.GetProperty("items").EnumerateArray();

    private static ApiGraph Graph(JsonElement body)
    {
        var links = body.TryGetProperty("links", out var found) ? found : body.GetProperty("edges");
        return new(
            body.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList(),
            links.EnumerateArray().Select(Relation).ToList());
    }

    private static ApiRelation Relation(JsonElement relation) => new(
        relation.GetProperty("id").GetString()!,
        relation.GetProperty("type").GetString()!,
        EndId(relation.GetProperty("source")),
        EndId(relation.GetProperty("target")),
        VoiceOf(relation),
        ValidityOf(relation),
        EvidenceOf(relation));

    // Graph links leave evidence out unless asked for (include=evidence); a relation always has it.
    private static List<ApiEvidence> EvidenceOf(JsonElement relation) => relation.TryGetProperty("evidence", out var evidence)
        ? evidence.EnumerateArray().Select(e => new ApiEvidence(
            e.GetProperty("documentId").GetString()!,
            e.GetProperty("quote").GetString()!,
            e.GetProperty("start").GetInt32(),
            e.GetProperty("end").GetInt32())).ToList()
        : [];

    // Whose voice: `voice.source` (author, quoted, reported), or the older `status` (asserted meaning the author's).
    private static string VoiceOf(JsonElement relation) =>
        relation.TryGetProperty("voice", out var voice)
            ? voice.GetProperty("source").GetString()!
            : relation.GetProperty("status").GetString() switch
            {
                "asserted" => "author",
                "contested" => "disputed",
                var status => status!,
            };

    // `validity.kind`, or for older answers dated when the relation has any date of its own.
    private static string ValidityOf(JsonElement relation) =>
        relation.TryGetProperty("validity", out var validity)
            ? validity.GetProperty("kind").GetString()!
            : relation.TryGetProperty("date", out _) || relation.TryGetProperty("start", out _) || relation.TryGetProperty("end", out _)
                ? "dated"
                : "undated";

    private static string EndId(JsonElement end) =>
        end.ValueKind == JsonValueKind.String ? end.GetString()! : end.GetProperty("id").GetString()!;

    public void Dispose() => http.Dispose();
}

/// <summary>Offsets in the API count code points, not UTF-16 units: slice the same way to check them.</summary>
public static class CodePoints
{
    public static string Slice(string text, int start, int end) =>
        string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));
}
