using System.Globalization;
using System.Text;
using System.Text.Json;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Export;

/// <summary>
/// Writes a value as a Cypher literal. Rows go through the same JSON the seeder sends to the Query API, so a script
/// sets exactly the properties a seeding run sets, under the same names.
/// </summary>
public static class CypherLiteral
{
    public static string Of<T>(T value) => Of(JsonSerializer.SerializeToElement(value, QueryApiJson.Options));

    public static string Of(JsonElement value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                var first = true;
                foreach (var property in value.EnumerateObject())
                {
                    text.Append(first ? "" : ", ").Append(Key(property.Name)).Append(": ");
                    Append(text, property.Value);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    text.Append(index++ == 0 ? "" : ", ");
                    Append(text, item);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                AppendString(text, value.GetString()!);
                break;
            case JsonValueKind.Number:
                text.Append(value.GetRawText());
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    // Row field names are camelCase C# identifiers; anything else is back-quoted so it can never break out of the key.
    private static string Key(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit) ? name : $"`{name.Replace("`", "``", StringComparison.Ordinal)}`";

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\'' => text.Append(@"\'"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                '\t' => text.Append(@"\t"),
                _ when char.IsControl(c) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => text.Append(c),
            };
        }

        text.Append('\'');
    }
}
