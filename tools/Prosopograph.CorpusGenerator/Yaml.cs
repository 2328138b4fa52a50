using System.Text;

namespace Prosopograph.CorpusGenerator;

internal static class Yaml
{
    /// <summary>A double-quoted YAML scalar: safe for any text the generator writes (quotes, colons, Cyrillic).</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
