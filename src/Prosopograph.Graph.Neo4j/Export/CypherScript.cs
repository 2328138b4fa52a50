using System.Text.RegularExpressions;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.Seeding;

namespace Prosopograph.Graph.Neo4j.Export;

/// <summary>
/// One self-contained Cypher script that recreates an export on an empty Neo4j 5.26+: the seeding's own schema
/// statements first (each alone, as Neo4j requires), then its own MERGE statements over literal UNWIND batches in
/// place of $rows. Everything is MERGE or IF NOT EXISTS, so running the script twice leaves the same graph.
/// </summary>
public static partial class CypherScript
{
    public const int BatchSize = 100;

    private const string RowsPlaceholder = "\u0000rows\u0000";
    private const string VersionPlaceholder = "\u0000version\u0000";

    /// <summary>Text per UNWIND batch beyond which a batch is cut short, so that long documents keep statements small.</summary>
    public const int MaxBatchChars = 1_000_000;

    /// <summary>Every statement in the order it runs, without the terminating semicolon.</summary>
    public static IEnumerable<string> Statements(Neo4jExportSelection selection) => Pieces(selection).Select(pieces => string.Concat(pieces));

    public static async Task WriteAsync(TextWriter writer, Neo4jExportSelection selection, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync($"// Prosopograph dataset {selection.Version}: the same graph the Neo4j store seeds.".AsMemory(), cancellationToken);
        await writer.WriteLineAsync("// Run on Neo4j 5.26 or later: cypher-shell -f this-file, or paste into Browser. Safe to run again.".AsMemory(), cancellationToken);
        foreach (var statement in Pieces(selection))
        {
            await writer.WriteAsync("\n".AsMemory(), cancellationToken);
            foreach (var piece in statement)
            {
                await writer.WriteAsync(piece.AsMemory(), cancellationToken);
            }

            await writer.WriteAsync(";\n".AsMemory(), cancellationToken);
        }
    }

    // Each statement as the pieces it is written in: a batch's rows one literal at a time, never the batch as one string.
    private static IEnumerable<IEnumerable<string>> Pieces(Neo4jExportSelection selection)
    {
        foreach (var statement in SeedStatements.Schema)
        {
            yield return [WithoutComments(statement.Text)];
        }

        var version = CypherLiteral.Of(selection.Version);
        foreach (var merge in Batches(SeedStatements.MergeDocuments, selection.Documents(), SeedBatches.Chars, version)
            .Concat(Batches(SeedStatements.MergeEntities, selection.Entities(), SeedBatches.Chars, version))
            .Concat(Batches(SeedStatements.MergeMentions, selection.Mentions(), SeedBatches.Chars, version))
            .Concat(Batches(SeedStatements.MergeRelations, selection.Relations(), SeedBatches.Chars, version)))
        {
            yield return merge;
        }
    }

    private static IEnumerable<IEnumerable<string>> Batches<T>(QueryApi.CypherStatement merge, IEnumerable<T> rows, Func<T, int> chars, string version)
    {
        var template = Template(merge).Replace(VersionPlaceholder, version, StringComparison.Ordinal).Split(RowsPlaceholder);
        if (template.Length != 2)
        {
            throw new InvalidOperationException($"Seeding statement '{merge.Name}' must UNWIND $rows exactly once.");
        }

        foreach (var batch in SeedBatches.Of(rows, BatchSize, MaxBatchChars, chars))
        {
            yield return Literal(template[0], batch, template[1]);
        }
    }

    // The same text as CypherLiteral.Of(batch): a list literal is its items' literals between brackets, comma-separated.
    private static IEnumerable<string> Literal<T>(string before, T[] batch, string after)
    {
        yield return before;
        yield return "[";
        for (var i = 0; i < batch.Length; i++)
        {
            yield return i == 0 ? CypherLiteral.Of(batch[i]) : ", " + CypherLiteral.Of(batch[i]);
        }

        yield return "]";
        yield return after;
    }

    // The seeding statements take $rows and $version only; any other parameter would leave the script unrunnable.
    private static string Template(QueryApi.CypherStatement merge)
    {
        var template = WithoutComments(merge.Text)
            .Replace("$rows", RowsPlaceholder, StringComparison.Ordinal)
            .Replace("$version", VersionPlaceholder, StringComparison.Ordinal);
        return Parameter().Match(template) is { Success: true } left
            ? throw new InvalidOperationException($"Seeding statement '{merge.Name}' takes parameter {left.Value}, which a script cannot bind.")
            : template;
    }

    private static string WithoutComments(string text) => string.Join('\n', text.Split('\n')
        .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
        .Select(line => line.TrimEnd()))
        .Trim();

    [GeneratedRegex(@"\$[A-Za-z_]\w*")]
    private static partial Regex Parameter();
}
