namespace Prosopograph.Explorer.Tests;

/// <summary>Screenshots and measurements the browser tests leave for people: artifacts/explorer/ (git-ignored).</summary>
public static class Artifacts
{
    public static string Folder { get; } = Create();

    public static string PathOf(string file) => Path.Combine(Folder, file);

    private static string Create()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Prosopograph.slnx")))
        {
            directory = directory.Parent;
        }
        var folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts", "explorer");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
