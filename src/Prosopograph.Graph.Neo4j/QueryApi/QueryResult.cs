using System.Text.Json;

namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>
/// The rows of a Query API answer. Our statements return maps (<c>RETURN e {.id, .name} AS entity</c>), so a
/// column deserialises straight into a record.
/// </summary>
public sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> values, QueryCounters? counters)
{
    public static QueryResult Empty { get; } = new([], [], null);

    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<JsonElement[]> Values { get; } = values;

    /// <summary>Present when the statement was a write (we ask for counters on every write).</summary>
    public QueryCounters? Counters { get; } = counters;

    public IEnumerable<T> Column<T>(string field)
    {
        var index = IndexOf(field);
        return Values.Select(row => row[index].Deserialize<T>(QueryApiJson.Options)!);
    }

    public T? SingleOrDefault<T>(string field) => Column<T>(field).SingleOrDefault();

    private int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        throw new Neo4jQueryException(ClientCodes.UnexpectedResponse, $"The answer has no column '{field}' (it has {string.Join(", ", Fields)}).");
    }
}

public sealed record QueryCounters(
    bool ContainsUpdates,
    int NodesCreated,
    int NodesDeleted,
    int PropertiesSet,
    int RelationshipsCreated,
    int RelationshipsDeleted,
    int LabelsAdded,
    int LabelsRemoved,
    int IndexesAdded,
    int IndexesRemoved,
    int ConstraintsAdded,
    int ConstraintsRemoved);
