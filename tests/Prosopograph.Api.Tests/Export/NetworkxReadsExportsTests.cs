using System.Diagnostics;
using System.Text.Json;

namespace Prosopograph.Api.Tests.Export;

/// <summary>
/// networkx reads the GraphML and GEXF files unmodified and finds what the JSON export holds. Needs a python3 with
/// networkx (Debian: apt-get install python3-networkx, for /usr/bin/python3); skipped, saying so, without one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NetworkxReadsExportsTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [SkippableFact]
    public async Task NetworkxReadsTheGraphMlAndGexfExportsAsTheJsonExportHoldsThem()
    {
        var python = await FindPythonWithNetworkxAsync();
        Skip.If(python is null, "No python3 with networkx (tried /usr/bin/python3 and python3 on PATH): apt-get install python3-networkx to run this test.");
        var json = await ExportDownload.JsonAsync(_client, "");
        var folder = Directory.CreateTempSubdirectory("prosopograph-networkx-");
        try
        {
            var graphml = Path.Combine(folder.FullName, "export.graphml");
            var gexf = Path.Combine(folder.FullName, "export.gexf");
            await File.WriteAllBytesAsync(graphml, (await ExportDownload.GetAsync(_client, "format=graphml")).Body);
            await File.WriteAllBytesAsync(gexf, (await ExportDownload.GetAsync(_client, "format=gexf")).Body);

            var (exitCode, output) = await RunAsync(python!, Path.Combine(AppContext.BaseDirectory, "Export", "read_exports.py"), graphml, gexf);

            Assert.True(exitCode == 0, output);
            using var read = JsonDocument.Parse(output);
            foreach (var format in new[] { "graphml", "gexf" })
            {
                var graph = read.RootElement.GetProperty(format);
                Assert.True(graph.GetProperty("directed").GetBoolean());
                var nodes = graph.GetProperty("nodes");
                var edges = graph.GetProperty("edges");
                Assert.Equal(json.Nodes.Select(n => n.Id).Order(), nodes.EnumerateObject().Select(n => n.Name).Order());
                Assert.Equal(json.Links.Select(l => l.Id).Order(), edges.EnumerateObject().Select(e => e.Name).Order());
                Assert.Equal("person", nodes.GetProperty("trotsky").GetProperty("kind").GetString());
                var assassination = edges.GetProperty("r-mercader-assassinated-trotsky");
                var expected = json.Links.Single(l => l.Id == "r-mercader-assassinated-trotsky");
                Assert.Equal(
                    (expected.Source, expected.Target, expected.Date?.Edtf, expected.Evidence[0].Quote),
                    (assassination.GetProperty("source").GetString(), assassination.GetProperty("target").GetString(),
                        assassination.GetProperty("date").GetString(), assassination.GetProperty("quote").GetString()));
            }

            var gexfEdge = read.RootElement.GetProperty("gexf").GetProperty("edges").GetProperty("r-mercader-assassinated-trotsky");
            Assert.Equal("1940-08-20", gexfEdge.GetProperty("start").GetString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string?> FindPythonWithNetworkxAsync()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                if ((await RunAsync(candidate, "-c", "import networkx")).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under that name: try the next.
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
