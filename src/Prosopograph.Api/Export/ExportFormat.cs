using Prosopograph.Api.Export.Formats;
using Prosopograph.Graph.Neo4j.Export;

namespace Prosopograph.Api.Export;

/// <summary>An export format: its media type, its file extension and the writer that streams it.</summary>
public sealed record ExportFormat(string Name, string MediaType, string Extension, Func<Stream, ExportContent, CancellationToken, Task>? Write)
{
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        // JSON goes through the typed contract (NodeLinkGraph) so that OpenAPI describes it; it has no writer here.
        new("json", "application/json", "json", null),
        new("graphml", "application/graphml+xml", "graphml", GraphMlWriter.WriteAsync),
        new("gexf", "application/gexf+xml", "gexf", GexfWriter.WriteAsync),
        new("csv", "application/zip", "neo4j-import.zip", (stream, content, token) => ImportCsv.WriteZipAsync(stream, content.Neo4jRows, token)),
        // Cypher has no registered media type; plain UTF-8 text opens everywhere and pipes into cypher-shell.
        new("cypher", "text/plain; charset=utf-8", "cypher", CypherScriptWriter.WriteAsync),
    ];

    public static ExportFormat Named(string name) => All.Single(f => f.Name == name);

    /// <summary>prosopograph-{version}.graphml, or prosopograph-{version}-{entity}-depth{n}.graphml for an ego network.</summary>
    public string FileName(string version, ExportParameters parameters) => parameters.Entity is { } entity
        ? $"prosopograph-{version}-{entity}-depth{parameters.Depth ?? 1}.{Extension}"
        : $"prosopograph-{version}.{Extension}";
}
