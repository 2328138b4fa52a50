namespace Prosopograph.Api.Tests;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries holding Prosopograph.slnx.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Prosopograph.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Prosopograph.slnx above {AppContext.BaseDirectory}.");
    }
}
