using System.Diagnostics;

namespace Prosopograph.Graph.Neo4j.Tests.Cypher;

public sealed record LintRun(int ExitCode, string Output);

/// <summary>
/// Runs tools/cypher-lint/lint.mjs. On a clean clone node_modules is missing, so the first run does `npm ci` from the
/// committed lock file: `dotnet test` alone is enough to lint, with the exact analyser version the lock pins.
/// </summary>
public static class CypherLinter
{
    private static readonly Lazy<Task> Installation = new(InstallAsync);

    public static string ToolFolder { get; } = Path.Combine(RepositoryRoot.Path, "tools", "cypher-lint");

    public static async Task<LintRun> RunAsync(params string[] arguments)
    {
        await Installation.Value;
        return await ExecuteAsync("node", ["lint.mjs", .. arguments]);
    }

    /// <summary>Writes the given files (name → text) into a fresh temporary folder, lints them in one run, and removes the folder.</summary>
    public static async Task<LintRun> LintFilesAsync(IEnumerable<KeyValuePair<string, string>> files)
    {
        var folder = Directory.CreateTempSubdirectory("cypher-lint-").FullName;
        try
        {
            foreach (var (name, text) in files)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, name), text);
            }

            return await RunAsync(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task InstallAsync()
    {
        if (Directory.Exists(Path.Combine(ToolFolder, "node_modules", "@neo4j-cypher", "language-support")))
        {
            return;
        }

        var install = await ExecuteAsync("npm", ["ci", "--no-audit", "--no-fund"]);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {ToolFolder} failed ({install.ExitCode}):\n{install.Output}");
        }
    }

    private static async Task<LintRun> ExecuteAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ToolFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new LintRun(process.ExitCode, await output + await errors);
    }
}
