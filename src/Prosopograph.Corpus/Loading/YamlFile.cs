using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Prosopograph.Corpus.Loading;

internal static class YamlFile
{
    /// <summary>Parses a file whose top level must be a mapping; reports malformed YAML at its line.</summary>
    public static YamlMap? Read(string path, ErrorSink errors)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        var parser = new Parser(reader);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            errors.Add((int)ex.Start.Line, $"malformed YAML: {Describe(ex)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // Some malformed input (an unclosed [list) trips the scanner itself; the last event read says where.
            var line = parser.Current is { } last ? (int)last.End.Line : 1;
            errors.Add(line, "malformed YAML: the structure breaks off after this line (an unclosed bracket or quote?)");
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
