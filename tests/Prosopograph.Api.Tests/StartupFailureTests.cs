using System.Diagnostics;

namespace Prosopograph.Api.Tests;

/// <summary>The API as an operator starts it, as a process: a start-up that cannot succeed lists why and exits with 1.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task AMissingCorpusFolderIsReportedAndExitsWithOne()
    {
        var (exitCode, output) = await RunApiAsync("--Corpus:Path=/nonexistent/corpus");

        Assert.Equal(1, exitCode);
        Assert.Contains("Prosopograph cannot start:", output, StringComparison.Ordinal);
        Assert.Contains("vocabulary.yaml:1: no vocabulary file", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorpusWithErrorsListsThemByFileAndLineAndExitsWithOne()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpora", "broken");

        var (exitCode, output) = await RunApiAsync($"--Corpus:Path={corpus}");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"documents/broken\.yaml:\d+:\d+: ", output); // as prosopograph validate prints it: path:line:col
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4jSettingsWithoutCredentialsNameTheMissingSettingsAndExitWithOne()
    {
        var (exitCode, output) = await RunApiAsync("--Neo4j:Uri=http://127.0.0.1:9/");

        Assert.Equal(1, exitCode);
        Assert.Contains("Neo4j:User", output, StringComparison.Ordinal);
        Assert.Contains("NEO4J_USER", output, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Password", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunApiAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Prosopograph.Api.dll"));
        foreach (var argument in arguments.Append("--urls=http://127.0.0.1:0"))
        {
            start.ArgumentList.Add(argument);
        }

        // Only the arguments configure it: nothing in the shell running the tests may.
        foreach (var name in new[] { "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "Neo4j__Uri", "Corpus__Path" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The API kept running instead of refusing to start.");
        }

        return (process.ExitCode, await output + await error);
    }
}
