using Prosopograph.Graph.Neo4j.Tests.Cypher;
using YamlDotNet.RepresentationModel;

namespace Prosopograph.Graph.Neo4j.Tests.Compose;

/// <summary>docker-compose.yml read as plain YAML nodes: the tests check what compose would be given, not a model of it.</summary>
public static class ComposeFile
{
    private static readonly Lazy<YamlMappingNode> Root = new(() =>
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docker-compose.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    });

    public static YamlMappingNode Top => Root.Value;

    public static YamlMappingNode Service(string name) => Map(Map(Top, "services"), name);

    public static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    public static IReadOnlyList<string> List(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!).ToList();

    public static IReadOnlyDictionary<string, string> Environment(string service) =>
        Map(Service(service), "environment").Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);

    public static IEnumerable<string> Keys(YamlMappingNode node) => node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
}
