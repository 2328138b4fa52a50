using System.Net;
using System.Net.Sockets;

namespace Prosopograph.Graph.Neo4j.Tests.Fakes;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on (bound, read and released), for "server down" tests.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
