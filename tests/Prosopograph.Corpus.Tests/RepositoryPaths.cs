namespace Prosopograph.Corpus.Tests;

internal static class RepositoryPaths
{
    /// <summary>The checkout the tests run from: the folder holding Prosopograph.slnx above the test output.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Prosopograph.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Prosopograph.slnx not found above the test output.");
    }
}
