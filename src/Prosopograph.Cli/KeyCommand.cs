using System.CommandLine;
using Prosopograph.Corpus.Writing;

namespace Prosopograph.Cli;

/// <summary><c>key</c>: a new write key (shown once, for the client) and its digest (for the server's configuration).</summary>
public static class KeyCommand
{
    public static Command Create()
    {
        var command = new Command("key", "Print a new write key and the SHA-256 digest to configure in Api:WriteKeys.");
        command.SetAction(_ => Run(Console.Out));
        return command;
    }

    public static int Run(TextWriter output)
    {
        var key = WriteKeys.NewKey();
        var digest = WriteKeys.Digest(key);
        output.WriteLine($"key:    {key}");
        output.WriteLine($"digest: {digest}");
        output.WriteLine();
        output.WriteLine("Keep the key secret; the server needs only the digest:");
        output.WriteLine($"  Api__WriteKeys__0={digest} dotnet run --project src/Prosopograph.Api");
        output.WriteLine($"  curl -H 'X-Api-Key: {key}' ...");
        return 0;
    }
}
