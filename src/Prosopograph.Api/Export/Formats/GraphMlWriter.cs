using System.Xml;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Export.Formats;

/// <summary>
/// GraphML 1.0 as the published schema defines it: one typed &lt;key&gt; per attribute (GraphFields), the dataset's
/// name and version on the graph, a directed graph whose edges keep their relation ids (parallel edges are distinct).
/// </summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    // Gephi and Cytoscape caption nodes by a "label" attribute; the other fields are shared with GEXF.
    private static readonly IReadOnlyList<ExportField<ExportNode>> NodeFields = [new("label", "string", n => n.Name), .. GraphFields.Node];

    public static async Task WriteAsync(Stream output, ExportContent content, CancellationToken cancellationToken)
    {
        await using var xml = XmlOutput.Create(output);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, SchemaInstance);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", SchemaInstance, $"{Namespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

        foreach (var name in content.Graph.Keys)
        {
            await WriteKeyAsync(xml, "graph", name, "string");
        }

        foreach (var field in NodeFields)
        {
            await WriteKeyAsync(xml, "node", field.Name, field.Type);
        }

        foreach (var field in GraphFields.Link)
        {
            await WriteKeyAsync(xml, "edge", field.Name, field.Type);
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "prosopograph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        foreach (var (name, value) in content.Graph)
        {
            await WriteDataAsync(xml, "graph", name, value);
        }

        await foreach (var node in content.Nodes.WithCancellation(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await WriteFieldsAsync(xml, "node", NodeFields, node);
            await xml.WriteEndElementAsync();
        }

        await foreach (var link in content.Links.WithCancellation(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteEdgeAsync(xml, link);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteEdgeAsync(XmlWriter xml, ExportLink link)
    {
        await xml.WriteStartElementAsync(null, "edge", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, link.Id);
        await xml.WriteAttributeStringAsync(null, "source", null, link.Source);
        await xml.WriteAttributeStringAsync(null, "target", null, link.Target);
        await WriteFieldsAsync(xml, "edge", GraphFields.Link, link);
        await xml.WriteEndElementAsync();
    }

    // Key ids are prefixed by what they describe, so that a node's "name" and a graph's "name" never share an id.
    private static async Task WriteKeyAsync(XmlWriter xml, string domain, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, $"{domain}.{name}");
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteFieldsAsync<T>(XmlWriter xml, string domain, IEnumerable<ExportField<T>> fields, T item)
    {
        foreach (var field in fields)
        {
            if (field.Value(item) is { } value)
            {
                await WriteDataAsync(xml, domain, field.Name, XmlOutput.Text(value));
            }
        }
    }

    private static async Task WriteDataAsync(XmlWriter xml, string domain, string name, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, $"{domain}.{name}");
        await xml.WriteStringAsync(XmlOutput.Clean(value));
        await xml.WriteEndElementAsync();
    }
}
