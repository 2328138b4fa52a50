using Prosopograph.Corpus.Writing;

namespace Prosopograph.Api.Tests.Writes;

/// <summary>The API's start-up on a broken corpus reports like <c>prosopograph validate</c>, through the same code, and exits 1.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "prosopograph-startup-" + Guid.NewGuid().ToString("N"), "seed");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Fact]
    public async Task ABrokenCorpusStopsTheStartWithCompilerStyleErrorsAndExitCodeOne()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "documents"));
        File.Copy(Path.Combine(ApiFactory.SeedPath, "vocabulary.yaml"), Path.Combine(_folder, "vocabulary.yaml"));
        File.WriteAllText(Path.Combine(_folder, "documents", "broken.txt"), TestAnnotations.CountedText(1));
        File.WriteAllText(Path.Combine(_folder, "documents", "broken.yaml"), TestAnnotations.Counted("broken", 1).Replace("object: stalin", "object: stalinn", StringComparison.Ordinal));

        using var api = ApiProcess.Start(_folder, WriteKeys.Digest(WriteKeys.NewKey()));
        var exit = await api.ExitCodeAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        var expected = $"{Path.Combine(_folder, "documents", "broken.yaml")}:13:5: relation r-broken: unknown entity 'stalinn' as object";
        Assert.Contains(api.Errors, line => line.Trim() == expected);
        Assert.DoesNotContain(api.Errors, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }
}
