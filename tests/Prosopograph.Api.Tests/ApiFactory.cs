using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Prosopograph.Graph;

namespace Prosopograph.Api.Tests;

/// <summary>
/// The API on the real seed corpus (copied beside the test binaries), with the embedded store whatever the environment. Configuration is
/// in memory, so nothing on the machine running the tests changes what they see.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "seed");

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = SeedPath,

            // These tests pin facts of the embedded store; a NEO4J_URI left in the shell must not redirect them.
            ["Neo4j:Uri"] = "",
        }));
        return base.CreateHost(builder);
    }

    /// <summary>The same API on another corpus folder, for facts the seed corpus does not happen to show.</summary>
    public WebApplicationFactory<Program> WithCorpus(string path) =>
        WithWebHostBuilder(web => web.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Corpus:Path"] = path })));

    /// <summary>The same API answering from another store, for the failure classes a healthy corpus never shows.</summary>
    public WebApplicationFactory<Program> WithGraphStore(IGraphStore store) =>
        WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton(store)));
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "API on the seed corpus";
}
