using System.Text.Json.Nodes;

namespace Prosopograph.Graph.Neo4j.Tests.Fakes;

public sealed record RecordedRequest(string Path, string Database, string Authorization, JsonObject Body)
{
    public string Statement => Body["statement"]!.GetValue<string>();

    public JsonObject Parameters => Body["parameters"]!.AsObject();

    public string? AccessMode => Body["accessMode"]?.GetValue<string>();

    public bool IncludeCounters => Body["includeCounters"]?.GetValue<bool>() == true;

    public IReadOnlyList<string>? Bookmarks => Body["bookmarks"]?.AsArray().Select(b => b!.GetValue<string>()).ToList();

    /// <summary>The body's length in characters, as sent.</summary>
    public int Length { get; init; }

    public int RowCount => Parameters["rows"]?.AsArray().Count ?? 0;
}
