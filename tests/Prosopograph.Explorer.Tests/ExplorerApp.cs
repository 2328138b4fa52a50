using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Prosopograph.Explorer.Tests;

/// <summary>
/// The real API, seed corpus and embedded store, listening with Kestrel on a free loopback port: a browser
/// needs a socket, which the in-memory TestServer does not have.
/// </summary>
public sealed class ExplorerApp : WebApplicationFactory<Program>
{
    public ExplorerApp() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri Origin
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.Single());
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(AppContext.BaseDirectory, "seed"),

            // The page is tested on the embedded store; a NEO4J_URI left in the shell must not redirect it.
            ["Neo4j:Uri"] = "",
        }));
        return base.CreateHost(builder);
    }
}
