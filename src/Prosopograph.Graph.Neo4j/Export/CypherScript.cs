using System.Text.RegularExpressions;
using Prosopograph.Graph.Neo4j.Cypher;

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

    /// <summary>Every statement in the order it runs, without the terminating semicolon.</summary>
    public static IEnumerable<string> Statements(Neo4jExportSelection selection)
    {
        foreach (var statement in SeedStatements.Schema)
        {
            yield return WithoutComments(statement.Text);
        }

        var version = CypherLiteral.Of(selection.Version);
        foreach (var merge in Batches(SeedStatements.MergeDocuments, selection.Documents(), version)
            .Concat(Batches(SeedStatements.MergeEntities, selection.Entities(), version))
            .Concat(Batches(SeedStatements.MergeMentions, selection.Mentions(), version))
            .Concat(Batches(SeedStatements.MergeRelations, selection.Relations(), version)))
        {
            yield return merge;
        }
    }

    public static async Task WriteAsync(TextWriter writer, Neo4jExportSelection selection, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync($"// Prosopograph dataset {selection.Version}: the same graph the Neo4j store seeds.".AsMemory(), cancellationToken);
        await writer.WriteLineAsync("// Run on Neo4j 5.26 or later: cypher-shell -f this-file, or paste into Browser. Safe to run again.".AsMemory(), cancellationToken);
        foreach (var statement in Statements(selection))
        {
            await writer.WriteAsync($"\n{statement};\n".AsMemory(), cancellationToken);
        }
    }

    private static IEnumerable<string> Batches<T>(QueryApi.CypherStatement merge, IEnumerable<T> rows, string version)
    {
        var template = Template(merge);
        foreach (var batch in rows.Chunk(BatchSize))
        {
            yield return template.Replace(VersionPlaceholder, version, StringComparison.Ordinal)
                .Replace(RowsPlaceholder, CypherLiteral.Of(batch), StringComparison.Ordinal);
        }
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
