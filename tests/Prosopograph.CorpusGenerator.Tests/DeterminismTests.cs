namespace Prosopograph.CorpusGenerator.Tests;

public sealed class DeterminismTests : IDisposable
{
    private readonly List<string> _folders = [];

    [Fact]
    public void SameSeedWritesTheSameBytes()
    {
        var first = Generate(7);
        var second = Generate(7);
        Assert.Equal(Files(first), Files(second));
        foreach (var file in Files(first))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
        }
    }

    [Fact]
    public void AnotherSeedWritesOtherTexts()
    {
        var first = Generate(7);
        var other = Generate(8);
        Assert.NotEqual(File.ReadAllText(Path.Combine(first, "documents", "doc-000001.txt")), File.ReadAllText(Path.Combine(other, "documents", "doc-000001.txt")));
        Assert.NotEqual(File.ReadAllText(Path.Combine(first, "documents", "doc-000001.yaml")), File.ReadAllText(Path.Combine(other, "documents", "doc-000001.yaml")));
    }

    [Fact]
    public void NonEmptyOutputFolderIsRefusedAndLeftAlone()
    {
        var folder = GeneratedCorpus.NewFolder();
        _folders.Add(folder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");
        var error = Assert.Throws<IOException>(() => CorpusGenerator.Generate(new GeneratorOptions(500, 1, folder)));
        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Generate(ulong seed)
    {
        var folder = GeneratedCorpus.NewFolder();
        _folders.Add(folder);
        CorpusGenerator.Generate(new GeneratorOptions(1000, seed, folder));
        return folder;
    }

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
