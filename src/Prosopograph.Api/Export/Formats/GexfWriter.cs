using System.Globalization;
using System.Xml;
using Prosopograph.Api.Browser;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Export.Formats;

/// <summary>
/// GEXF 1.3, dynamic: every edge carries the interval in which its relation is valid, every node its entity's existence
/// (GexfTime); nodes are coloured
/// by kind and edges by voice from the shared palette, and the attributes are GraphML's (GraphFields).
/// </summary>
public static class GexfWriter
{
    private const string Namespace = "http://gexf.net/1.3";
    private const string Viz = "http://gexf.net/1.3/viz";
    private const string SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    public static async Task WriteAsync(Stream output, ExportContent content, CancellationToken cancellationToken)
    {
        await using var xml = XmlOutput.Create(output);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "viz", null, Viz);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, SchemaInstance);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", SchemaInstance, $"{Namespace} http://gexf.net/1.3/gexf.xsd");
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");

        await xml.WriteStartElementAsync(null, "meta", Namespace);
        await xml.WriteElementStringAsync(null, "creator", Namespace, "Prosopograph");
        await xml.WriteElementStringAsync(null, "description", Namespace, $"Prosopograph dataset {content.Version}");
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await xml.WriteAttributeStringAsync(null, "mode", null, "dynamic");
        await xml.WriteAttributeStringAsync(null, "timeformat", null, "date");
        await xml.WriteAttributeStringAsync(null, "timerepresentation", null, "interval");
        await WriteAttributesAsync(xml, "node", GraphFields.Node);
        await WriteAttributesAsync(xml, "edge", GraphFields.Link);

        await xml.WriteStartElementAsync(null, "nodes", Namespace);
        await foreach (var node in content.Nodes.WithCancellation(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await xml.WriteAttributeStringAsync(null, "label", null, XmlOutput.Clean(node.Name));
            await WriteIntervalAsync(xml, GexfTime.Of(node.Existence));
            await WriteValuesAsync(xml, GraphFields.Node, node);
            await WriteColourAsync(xml, Palette.Shared.KindColour(node.Kind));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "edges", Namespace);
        await foreach (var link in content.Links.WithCancellation(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteEdgeAsync(xml, link);
        }

        await xml.WriteEndElementAsync();
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
        await xml.WriteAttributeStringAsync(null, "label", null, link.Type);
        await WriteIntervalAsync(xml, GexfTime.Of(link.Validity));
        await WriteValuesAsync(xml, GraphFields.Link, link);
        await WriteColourAsync(xml, Palette.Shared.VoiceColour(GraphFields.Voice(link)));
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteIntervalAsync(XmlWriter xml, (string? Start, string? End) interval)
    {
        if (interval.Start is { } start)
        {
            await xml.WriteAttributeStringAsync(null, "start", null, start);
        }

        if (interval.End is { } end)
        {
            await xml.WriteAttributeStringAsync(null, "end", null, end);
        }
    }

    private static async Task WriteAttributesAsync<T>(XmlWriter xml, string domain, IEnumerable<ExportField<T>> fields)
    {
        await xml.WriteStartElementAsync(null, "attributes", Namespace);
        await xml.WriteAttributeStringAsync(null, "class", null, domain);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        foreach (var field in fields)
        {
            await xml.WriteStartElementAsync(null, "attribute", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, field.Name);
            await xml.WriteAttributeStringAsync(null, "title", null, field.Name);
            await xml.WriteAttributeStringAsync(null, "type", null, field.Type == "int" ? "integer" : field.Type);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteValuesAsync<T>(XmlWriter xml, IEnumerable<ExportField<T>> fields, T item)
    {
        await xml.WriteStartElementAsync(null, "attvalues", Namespace);
        foreach (var field in fields)
        {
            if (field.Value(item) is { } value)
            {
                await xml.WriteStartElementAsync(null, "attvalue", Namespace);
                await xml.WriteAttributeStringAsync(null, "for", null, field.Name);
                await xml.WriteAttributeStringAsync(null, "value", null, XmlOutput.Clean(XmlOutput.Text(value)));
                await xml.WriteEndElementAsync();
            }
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteColourAsync(XmlWriter xml, string hex)
    {
        var (red, green, blue) = Palette.Channels(hex);
        await xml.WriteStartElementAsync("viz", "color", Viz);
        await xml.WriteAttributeStringAsync(null, "r", null, red.ToString(CultureInfo.InvariantCulture));
        await xml.WriteAttributeStringAsync(null, "g", null, green.ToString(CultureInfo.InvariantCulture));
        await xml.WriteAttributeStringAsync(null, "b", null, blue.ToString(CultureInfo.InvariantCulture));
        await xml.WriteEndElementAsync();
    }
}
