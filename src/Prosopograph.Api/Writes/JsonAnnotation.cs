using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Prosopograph.Api.Writes;

/// <summary>
/// Turns an annotation sent as JSON into the corpus's YAML (what a scholar diffs and keeps), and remembers which
/// JSON pointer each YAML line came from, so that a loader error at a line is reported at the client's own field.
/// </summary>
public sealed class JsonAnnotation
{
    private readonly SortedDictionary<int, string> _pointerAtLine = [];

    private JsonAnnotation(string yaml) => Yaml = yaml;

    public string Yaml { get; }

    public static JsonAnnotation From(JsonElement annotation, string pointerPrefix)
    {
        var root = ToYaml(annotation);
        if (root is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("document"), out var header)
            && header is YamlMappingNode document && !document.Children.ContainsKey(new YamlScalarNode("text")))
        {
            // The server names the stored text itself; the field only has to be there for the writer to fill in.
            document.Add("text", "-");
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var converted = new JsonAnnotation(writer.ToString());

        // Read back what was written: the emitter decides the layout, so the lines are known only now.
        var reread = new YamlStream();
        reread.Load(new StringReader(converted.Yaml));
        converted.Index(reread.Documents[0].RootNode, pointerPrefix);
        return converted;
    }

    /// <summary>The pointer of the field on that line, or of the nearest field above it.</summary>
    public string PointerAt(int line) =>
        _pointerAtLine.LastOrDefault(entry => entry.Key <= line).Value ?? _pointerAtLine.FirstOrDefault().Value ?? "";

    // Deeper fields are visited after their parents, so a line holding both keeps the field's own pointer.
    private void Index(YamlNode node, string pointer)
    {
        _pointerAtLine[(int)node.Start.Line] = pointer;
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    Index(value, $"{pointer}/{Escape(((YamlScalarNode)key).Value ?? "")}");
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Index(sequence.Children[i], $"{pointer}/{i}");
                }

                break;
        }
    }

    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static YamlNode ToYaml(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new YamlMappingNode(element.EnumerateObject().Select(p =>
            new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Name), ToYaml(p.Value)))),
        JsonValueKind.Array => new YamlSequenceNode(element.EnumerateArray().Select(ToYaml)),
        JsonValueKind.String => Quoted(element.GetString()!),
        JsonValueKind.Null => new YamlScalarNode(""),
        _ => new YamlScalarNode(element.GetRawText()),
    };

    // Plain where the emitter can, so the stored file reads like a hand-written one; the loader takes every scalar as
    // text, so "1927" or "true" left plain still come back as the strings they were.
    private static YamlScalarNode Quoted(string text) => new(text) { Style = text.Contains('\n') ? YamlDotNet.Core.ScalarStyle.Literal : YamlDotNet.Core.ScalarStyle.Any };
}
