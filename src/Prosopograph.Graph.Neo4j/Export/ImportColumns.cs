using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Prosopograph.Graph.Neo4j.Seeding;

namespace Prosopograph.Graph.Neo4j.Export;

/// <summary>One column of a neo4j-admin import file: its header (name:type) and how a row fills it.</summary>
internal sealed record ImportColumn(string Header, Func<object, object?> Value);

/// <summary>
/// The columns of each import file, derived from the seeding rows so that the files carry exactly the properties the
/// seeding statements set: a field the statements use for structure (id, labels, type, ends) becomes the matching
/// neo4j-admin column, every other field a property typed as neo4j-admin spells it (int, boolean, string[], int[]).
/// </summary>
internal static class ImportColumns
{
    public const char ArrayDelimiter = '|';

    public static IReadOnlyList<ImportColumn> Documents { get; } = Build<DocumentRow>([("Id", "id:ID")]);

    /// <summary>Every entity is an :Entity plus its kind's label, as merge-entities.cypher sets them.</summary>
    public static IReadOnlyList<ImportColumn> Entities { get; } = Build<EntityRow>(
        [("Id", "id:ID")],
        new ImportColumn(":LABEL", row => new[] { "Entity", ((EntityRow)row).Label }),
        skip: ["Label", "OtherLabels"]);

    public static IReadOnlyList<ImportColumn> Mentions { get; } = Build<MentionRow>(
        [("DocumentId", ":START_ID"), ("EntityId", ":END_ID")],
        new ImportColumn(":TYPE", _ => "MENTIONS"));

    public static IReadOnlyList<ImportColumn> Relations { get; } = Build<RelationRow>(
        [("Subject", ":START_ID"), ("Object", ":END_ID"), ("Type", ":TYPE")]);

    /// <summary>The structural columns first (neo4j-admin does not mind the order, readers do), then the properties.</summary>
    private static List<ImportColumn> Build<T>((string Field, string Header)[] structural, ImportColumn? extra = null, string[]? skip = null)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name);
        var columns = structural.Select(s => new ImportColumn(s.Header, properties[s.Field].GetValue!)).ToList();
        if (extra is not null)
        {
            columns.Add(extra);
        }

        var taken = structural.Select(s => s.Field).Concat(skip ?? []).ToHashSet();
        columns.AddRange(properties.Values
            .Where(p => !taken.Contains(p.Name))
            .Select(p => new ImportColumn(JsonNamingPolicy.CamelCase.ConvertName(p.Name) + TypeSuffix(p.PropertyType), p.GetValue!)));
        return columns;
    }

    private static string TypeSuffix(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "",
        var t when t == typeof(int) => ":int",
        var t when t == typeof(bool) => ":boolean",
        var t when t == typeof(IReadOnlyList<string>) => ":string[]",
        var t when t == typeof(IReadOnlyList<int>) => ":int[]",
        var t => throw new InvalidOperationException($"No neo4j-admin type for a seeding row field of type {t.Name}."),
    };

    /// <summary>A field's text: numbers invariant, booleans lower case, lists joined by the array delimiter.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(ArrayDelimiter, list.Cast<object>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
