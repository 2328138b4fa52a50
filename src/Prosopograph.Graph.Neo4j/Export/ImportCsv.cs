using System.IO.Compression;
using System.Text;

namespace Prosopograph.Graph.Neo4j.Export;

/// <summary>
/// A zip for <c>neo4j-admin database import full</c>: nodes.csv (entities), documents.csv, relationships.csv
/// (relations), mentions.csv, the constraints to create after the import, and a README with the exact command.
/// Written entry by entry into the output stream, one row at a time.
/// </summary>
public static class ImportCsv
{
    public static IReadOnlyList<string> Files { get; } = ["nodes.csv", "documents.csv", "relationships.csv", "mentions.csv"];

    public static async Task WriteZipAsync(Stream output, Neo4jExportSelection selection, CancellationToken cancellationToken)
    {
        var files = new (string Name, IReadOnlyList<ImportColumn> Columns, IEnumerable<object> Rows)[]
        {
            ("nodes.csv", ImportColumns.Entities, selection.Entities()),
            ("documents.csv", ImportColumns.Documents, selection.Documents()),
            ("relationships.csv", ImportColumns.Relations, selection.Relations()),
            ("mentions.csv", ImportColumns.Mentions, selection.Mentions()),
        };
        foreach (var file in files)
        {
            EnsureArraysSplitBack(file.Name, file.Columns, file.Rows);
        }

        await using var draining = new DrainingStream(output);
        await using (var zip = await ZipArchive.CreateAsync(draining, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            await WriteEntriesAsync(zip, files, selection, cancellationToken);
        }

        await draining.DrainAsync(cancellationToken);
    }

    private static async Task WriteEntriesAsync(
        ZipArchive zip, (string Name, IReadOnlyList<ImportColumn> Columns, IEnumerable<object> Rows)[] files, Neo4jExportSelection selection, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await WriteEntryAsync(zip, file.Name, writer => WriteCsvAsync(writer, file.Columns, file.Rows, selection.Version, cancellationToken), cancellationToken);
        }

        await WriteEntryAsync(zip, "schema.cypher", async writer =>
        {
            foreach (var statement in CypherScript.Statements(selection).Take(Cypher.SeedStatements.Schema.Count))
            {
                await writer.WriteAsync($"{statement};\n".AsMemory(), cancellationToken);
            }
        }, cancellationToken);
        await WriteEntryAsync(zip, "README.md", writer => writer.WriteAsync(ImportReadme.Text(selection.Version).AsMemory(), cancellationToken), cancellationToken);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, Func<StreamWriter, Task> write, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await write(writer);
        await writer.FlushAsync(cancellationToken);
    }

    private static async Task WriteCsvAsync(
        StreamWriter writer, IReadOnlyList<ImportColumn> columns, IEnumerable<object> rows, string version, CancellationToken cancellationToken)
    {
        await writer.WriteAsync((string.Join(',', columns.Select(c => c.Header).Append("corpusVersion")) + "\n").AsMemory(), cancellationToken);
        foreach (var row in rows)
        {
            var fields = columns.Select(c => Field(ImportColumns.Format(c.Value(row)))).Append(Field(version));
            await writer.WriteAsync((string.Join(',', fields) + "\n").AsMemory(), cancellationToken);
        }
    }

    /// <summary>Every text is quoted (RFC 4180, quotes doubled); a missing value stays an empty, unquoted field: no property.</summary>
    private static string Field(string? text) => text is null ? "" : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    // A list element holding the array delimiter would come back as two elements: refuse before writing a byte.
    private static void EnsureArraysSplitBack(string file, IReadOnlyList<ImportColumn> columns, IEnumerable<object> rows)
    {
        var lists = columns.Where(c => c.Header.EndsWith("[]", StringComparison.Ordinal) || c.Header == ":LABEL").ToList();
        foreach (var row in rows)
        {
            foreach (var column in lists)
            {
                if (column.Value(row) is System.Collections.IEnumerable values and not string
                    && values.Cast<object>().Any(v => v?.ToString()?.Contains(ImportColumns.ArrayDelimiter, StringComparison.Ordinal) == true))
                {
                    throw new InvalidOperationException(
                        $"{file}: a value of {column.Header} contains '{ImportColumns.ArrayDelimiter}', the array delimiter of the import files.");
                }
            }
        }
    }
}
