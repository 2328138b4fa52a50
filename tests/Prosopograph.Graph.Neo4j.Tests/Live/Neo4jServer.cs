using System.Security.Cryptography;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Microsoft.Extensions.Configuration;
using Prosopograph.Graph.Neo4j.Configuration;

namespace Prosopograph.Graph.Neo4j.Tests.Live;

/// <summary>
/// The Neo4j server the live tests run against, found once per test run: the one NEO4J_URI, NEO4J_USER and
/// NEO4J_PASSWORD name if they are set; otherwise a throwaway neo4j:5.26-community container that Testcontainers starts
/// (and its reaper removes after the run) when a Docker engine answers; otherwise none, with the reason, so the tests
/// report themselves skipped and why.
/// </summary>
public sealed class Neo4jServer
{
    public const string Image = "neo4j:5.26-community";
    private const int HttpPort = 7474;

    private static readonly Lazy<Task<Neo4jServer>> Shared = new(FindAsync);

    private Neo4jServer(IReadOnlyDictionary<string, string?>? settings, string description)
    {
        Settings = settings;
        Description = description;
    }

    /// <summary>The "Neo4j:*" settings that reach the server; null when there is none.</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; }

    /// <summary>Where the server comes from, or why there is none.</summary>
    public string Description { get; }

    public static Task<Neo4jServer> GetAsync() => Shared.Value;

    /// <summary>Skips the calling test, saying why, when no server can be had.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> RequireAsync()
    {
        var server = await GetAsync();
        Skip.If(server.Settings is null, server.Description);
        return server.Settings!;
    }

    private static async Task<Neo4jServer> FindAsync()
    {
        var environment = new ConfigurationBuilder().AddNeo4jEnvironmentVariables().Build();
        var section = environment.GetSection(Neo4jOptions.SectionName);
        if (environment.IsNeo4jConfigured())
        {
            return string.IsNullOrEmpty(section["User"]) || string.IsNullOrEmpty(section["Password"])
                ? new Neo4jServer(null, "NEO4J_URI is set without NEO4J_USER and NEO4J_PASSWORD: set all three (see docs/neo4j.md).")
                : new Neo4jServer(section.AsEnumerable().ToDictionary(p => p.Key, p => p.Value), $"the server at NEO4J_URI ({section["Uri"]})");
        }

        return await StartContainerAsync();
    }

    private static async Task<Neo4jServer> StartContainerAsync()
    {
        // A fresh password per run: the container is private to this run, and no credential lives in the code.
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        IContainer container;
        try
        {
            container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{password}")
                .WithPortBinding(HttpPort, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(HttpPort).ForPath("/")))
                .Build();
            await container.StartAsync();
        }
        catch (DockerUnavailableException e)
        {
            return new Neo4jServer(null,
                $"No Neo4j server: NEO4J_URI is not set and no Docker engine answers for Testcontainers to start {Image} ({e.Message.Split('\n')[0]}). See docs/neo4j.md.");
        }

        var uri = new UriBuilder(Uri.UriSchemeHttp, container.Hostname, container.GetMappedPublicPort(HttpPort)).Uri;
        return new Neo4jServer(
            new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = uri.ToString(),
                ["Neo4j:User"] = "neo4j",
                ["Neo4j:Password"] = password,
                ["Neo4j:Database"] = "neo4j",
            },
            $"a {Image} container started by Testcontainers at {uri}");
    }
}

/// <summary>The live tests share one database, so they run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class LiveNeo4jCollection
{
    public const string Name = "Live Neo4j";
}
