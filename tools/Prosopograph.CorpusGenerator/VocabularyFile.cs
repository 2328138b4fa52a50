using YamlDotNet.RepresentationModel;

namespace Prosopograph.CorpusGenerator;

/// <summary>What the generator needs of a relation type: which kinds it joins and how it reads.</summary>
internal sealed record TypeSpec(
    string Id,
    string Label,
    string Inverse,
    IReadOnlyList<string> SubjectKinds,
    IReadOnlyList<string> ObjectKinds,
    bool Symmetric,
    bool IsInterval);

/// <summary>
/// Reads the kinds and types of a vocabulary file. The corpus loader validates the same file when the corpus is
/// loaded; here a file that lacks what generation needs stops the run with its path.
/// </summary>
internal sealed record VocabularyFile(string Path, IReadOnlyList<string> Kinds, IReadOnlyList<TypeSpec> Types)
{
    public static VocabularyFile Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var kinds = Sequence(root, "entityKinds").Select(k => Scalar(k, "id")).ToList();
        var types = Sequence(root, "relationTypes").Select(t => new TypeSpec(
            Scalar(t, "id"),
            Scalar(t, "label"),
            Scalar(t, "inverse"),
            Children(t, "subjectKinds").Select(n => ((YamlScalarNode)n).Value!).ToList(),
            Children(t, "objectKinds").Select(n => ((YamlScalarNode)n).Value!).ToList(),
            ((YamlMappingNode)t).Children.TryGetValue(new YamlScalarNode("symmetric"), out var symmetric) && symmetric is YamlScalarNode { Value: "true" },
            Scalar(t, "temporal") == "interval")).ToList();
        return new VocabularyFile(path, kinds, types);
    }

    private static IEnumerable<YamlMappingNode> Sequence(YamlNode node, string key) =>
        Children(node, key).Cast<YamlMappingNode>();

    private static IEnumerable<YamlNode> Children(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children
            : throw new InvalidDataException($"vocabulary: '{key}' must be a list");

    private static string Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } text }
            ? text
            : throw new InvalidDataException($"vocabulary: '{key}' missing");
}
