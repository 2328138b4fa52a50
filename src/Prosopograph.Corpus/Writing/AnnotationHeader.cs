using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Prosopograph.Corpus.Writing;

/// <summary>
/// Reads the document id from a submitted annotation and points its <c>document.text</c> at the stored text, by
/// replacing that one scalar in place: every other character, and so every line number an error names, stays.
/// Anything malformed is left alone for the loader to report with its usual messages.
/// </summary>
public static class AnnotationHeader
{
    public static string? DocumentId(string annotation) => Field(annotation, "id")?.Value;

    internal static string WithTextFile(string annotation, string textFile)
    {
        if (Field(annotation, "text") is not { } text || text.Start.Line != text.End.Line)
        {
            return annotation;
        }

        var start = (int)text.Start.Index;
        var end = (int)text.End.Index;
        return string.Concat(annotation.AsSpan(0, start), textFile, annotation.AsSpan(end));
    }

    private static YamlScalarNode? Field(string annotation, string key)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(annotation));
            return stream.Documents is [{ RootNode: YamlMappingNode root }, ..]
                && root.Children.TryGetValue(new YamlScalarNode("document"), out var document)
                && document is YamlMappingNode header
                && header.Children.TryGetValue(new YamlScalarNode(key), out var value)
                    ? value as YamlScalarNode
                    : null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null;
        }
    }
}
