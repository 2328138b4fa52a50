using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Hosting;

namespace Prosopograph.Graph.Neo4j.Tests.Fakes;

/// <summary>The services AddNeo4jGraphStore registers, configured in memory to talk to a given server.</summary>
public static class Neo4jTestHost
{
    public static IHost Build(Uri neo4j, CorpusModel? corpus = null, IDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var settings = new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = neo4j.ToString(),
            ["Neo4j:User"] = "neo4j",
            ["Neo4j:Password"] = "test-password",
            ["Neo4j:Database"] = "neo4j",
            ["Neo4j:QueryTimeout"] = "00:00:05",
            ["Neo4j:RetryBaseDelay"] = "00:00:00.010",
            ["Neo4j:SeedRetryDelay"] = "00:00:00.020",
            ["Neo4j:SeedOnStartup"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddNeo4jGraphStore();
        if (corpus is not null)
        {
            // Registered last so it wins over AddCorpus's loader, which would read a corpus folder.
            builder.Services.AddSingleton(new CorpusSnapshots(corpus));
        }

        return builder.Build();
    }
}
