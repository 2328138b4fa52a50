namespace Prosopograph.Graph.Neo4j.Tests.Cypher;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries holding Prosopograph.slnx.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Prosopograph.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Prosopograph.slnx above {AppContext.BaseDirectory}.");
    }
}
