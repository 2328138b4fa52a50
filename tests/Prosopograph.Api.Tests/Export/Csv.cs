using System.Text;

namespace Prosopograph.Api.Tests.Export;

/// <summary>An RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes), enough to read the import files back.</summary>
public static class Csv
{
    public static List<Dictionary<string, string?>> Read(string text)
    {
        var records = Records(text).ToList();
        var header = records[0].Select(h => h ?? "").ToList();
        return records.Skip(1).Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }

    public static IReadOnlyList<string> Header(string text) => Records(text).First().Select(h => h ?? "").ToList();

    /// <summary>Fields of each record; null for an empty unquoted field (neo4j-admin: no property), "" for a quoted empty one.</summary>
    private static IEnumerable<List<string?>> Records(string text)
    {
        var record = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = wasQuoted = true;
            }
            else if (c is ',' or '\n')
            {
                record.Add(wasQuoted || field.Length > 0 ? field.ToString() : null);
                field.Clear();
                wasQuoted = false;
                if (c == '\n')
                {
                    yield return record;
                    record = [];
                }
            }
            else
            {
                field.Append(c);
            }
        }
    }
}
