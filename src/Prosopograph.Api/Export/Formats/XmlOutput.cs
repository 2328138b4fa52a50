using System.Globalization;
using System.Text;
using System.Xml;

namespace Prosopograph.Api.Export.Formats;

/// <summary>An XmlWriter straight onto the response: asynchronous, so nothing is buffered beyond its own small buffer.</summary>
public static class XmlOutput
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Async = true,
        Indent = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    });

    /// <summary>XML text for a typed value: invariant numbers, lower-case booleans.</summary>
    public static string Text(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// XML 1.0 cannot carry most control characters, even escaped; a quote holding one (none does today) keeps its
    /// place with U+FFFD rather than making the whole file unreadable.
    /// </summary>
    public static string Clean(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD').ToArray()) : text;
}
