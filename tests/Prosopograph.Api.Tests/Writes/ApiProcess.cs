using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Prosopograph.Api.Tests.Writes;

/// <summary>The built API (beside the test binaries) run by <c>dotnet</c>, on a free loopback port.</summary>
internal sealed class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly Uri _address;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        _address = address;
    }

    public static ApiProcess Start(string corpus, string digest)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Prosopograph.Api.dll"), "--urls", address.ToString()])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Corpus__Path"] = corpus,
                ["Api__WriteKeys__0"] = digest,
                ["Api__WritesPerMinute"] = "100000",
                ["Neo4j__Uri"] = "",
                ["NEO4J_URI"] = "",
                ["Logging__LogLevel__Default"] = "Warning",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        var process = Process.Start(start)!;
        var api = new ApiProcess(process, address);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                api._errors.Enqueue(text);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>What the process wrote to standard error, line by line.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    public async Task<int> ExitCodeAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            Assert.False(_process.HasExited, $"the API exited with {(_process.HasExited ? _process.ExitCode : 0)} while starting");
            try
            {
                var ready = await client.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, "the API did not become ready within 60 s");
            await Task.Delay(50);
        }
    }

    /// <summary>Process.Kill is SIGKILL on Linux and macOS: no shutdown hook, no flush, the worst case.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
