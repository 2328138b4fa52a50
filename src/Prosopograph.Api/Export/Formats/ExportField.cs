using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Prosopograph.Api.Export.Formats;

/// <summary>One attribute a format writes for a node or a link: its name, its declared type, and how to read it.</summary>
public sealed record ExportField<T>(string Name, string Type, Func<T, object?> Value);

/// <summary>Lists (aliases, evidence) travel as JSON text in formats whose attributes are scalars: every reader keeps a string.</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);
}
