using System.Xml;
using System.Xml.Schema;

namespace Prosopograph.Api.Tests.Export;

/// <summary>Validates against the GraphML 1.0 schema shipped in Schemas/graphml (offline: includes resolve to the local files).</summary>
public static class GraphMlSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static IReadOnlyList<string> Validate(Stream graphml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(graphml, settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add("http://graphml.graphdrawing.org/xmlns", Path.Combine(AppContext.BaseDirectory, "Schemas", "graphml", "graphml.xsd"));
        schemas.Compile();
        return schemas;
    }
}
