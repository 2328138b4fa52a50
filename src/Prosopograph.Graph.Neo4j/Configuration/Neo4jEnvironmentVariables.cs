using System.Collections;
using Microsoft.Extensions.Configuration;

namespace Prosopograph.Graph.Neo4j.Configuration;

/// <summary>
/// Maps the conventional NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE variables (what the
/// contract tests and Neo4j's own tooling use) onto the "Neo4j" section, so that nothing else reads the
/// environment. Unset or empty variables add nothing, leaving appsettings or Neo4j__Uri style variables in force.
/// </summary>
public static class Neo4jEnvironmentVariables
{
    public static readonly IReadOnlyDictionary<string, string> Map = new Dictionary<string, string>
    {
        ["NEO4J_URI"] = $"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Uri)}",
        ["NEO4J_USER"] = $"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.User)}",
        ["NEO4J_PASSWORD"] = $"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Password)}",
        ["NEO4J_DATABASE"] = $"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Database)}",
    };

    public static IConfigurationBuilder AddNeo4jEnvironmentVariables(this IConfigurationBuilder builder) =>
        builder.Add(new Source(null));

    /// <summary>The same mapping over a given set of variables; tests use it instead of the process environment.</summary>
    public static IConfigurationBuilder AddNeo4jEnvironmentVariables(this IConfigurationBuilder builder, IDictionary variables) =>
        builder.Add(new Source(variables));

    /// <summary>The settings the variables amount to, keyed by configuration path.</summary>
    public static Dictionary<string, string?> Read(IDictionary variables)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in Map)
        {
            if (variables[variable] is string value && value.Length > 0)
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    private sealed class Source(IDictionary? variables) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(variables);
    }

    private sealed class Provider(IDictionary? variables) : ConfigurationProvider
    {
        public override void Load() => Data = Read(variables ?? Environment.GetEnvironmentVariables());
    }
}
