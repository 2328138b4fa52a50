using YamlDotNet.RepresentationModel;

namespace Prosopograph.Corpus.Loading;

/// <summary>
/// Reads one YAML mapping while keeping every line number, so that each problem is reported where it is.
/// Problems are collected, not thrown: the annotator should see all of them in one run.
/// </summary>
internal sealed class YamlMap(ErrorSink errors, YamlMappingNode node, string context)
{
    public int Line => LineOf(node);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public int LineOf(string key) => Node(key) is { } value ? LineOf(value) : Line;

    /// <summary>The lines of the mapping and of <paramref name="keys"/>, to report on once the tree is gone.</summary>
    public SourceLines Lines(string[] keys) => new(Line, keys, Array.ConvertAll(keys, LineOf));

    public string? Text(string key, bool required = false)
    {
        switch (Node(key))
        {
            case null:
                if (required)
                {
                    errors.Add(Line, $"{context}missing required field '{key}'");
                }

                return null;
            case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                return value;
            case YamlScalarNode:
                if (required)
                {
                    errors.Add(LineOf(key), $"{context}field '{key}' is empty");
                }

                return null;
            case var other:
                errors.Add(LineOf(other), $"{context}field '{key}' must be a single value");
                return null;
        }
    }

    public bool? Flag(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(LineOf(key), $"{context}field '{key}' must be true or false, not '{text}'");
        return null;
    }

    public IReadOnlyList<YamlNode> Items(string key, bool required = false)
    {
        switch (Node(key))
        {
            case null when required:
                errors.Add(Line, $"{context}missing required list '{key}'");
                return [];
            case null:
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case var other:
                errors.Add(LineOf(other), $"{context}field '{key}' must be a list");
                return [];
        }
    }

    public IReadOnlyList<string> Texts(string key, bool required = false) =>
        Items(key, required).Select(item => item switch
        {
            YamlScalarNode { Value: { Length: > 0 } value } => value,
            _ => Report(item, $"{context}every item of '{key}' must be a single value"),
        }).OfType<string>().ToList();

    public IEnumerable<YamlMap> Maps(string key, Func<YamlMappingNode, string> contextOf, bool required = false)
    {
        foreach (var item in Items(key, required))
        {
            if (item is YamlMappingNode mapping)
            {
                yield return new YamlMap(errors, mapping, contextOf(mapping));
            }
            else
            {
                errors.Add(LineOf(item), $"{context}every item of '{key}' must be a mapping");
            }
        }
    }

    /// <summary>Unknown keys are errors: a misspelt 'atributedTo' must not silently drop the attribution.</summary>
    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name))
            {
                errors.Add(LineOf(key), $"{context}unknown field '{name}' (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    private string? Report(YamlNode item, string message)
    {
        errors.Add(LineOf(item), message);
        return null;
    }
}
