using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Prosopograph.Corpus.Loading;

internal static class YamlFile
{
    /// <summary>Parses a file whose top level must be a mapping; reports malformed YAML at its line.</summary>
    public static YamlMap? Read(string path, ErrorSink errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add((int)ex.Start.Line, $"malformed YAML: {Describe(ex)}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(1, "the file must hold one YAML mapping at its top level");
            return null;
        }

        return new YamlMap(errors, root, "");
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ...) - (...):"; the line is reported already.
    private static string Describe(YamlException ex)
    {
        var message = (ex.InnerException ?? ex).Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
