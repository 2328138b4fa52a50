using Prosopograph.Corpus.Loading;

namespace Prosopograph.Cli;

/// <summary>
/// Loads a corpus without ever showing a stack trace: the loader reports content problems itself; a folder that
/// cannot be read at all (permissions, a file instead of a folder) becomes one error of the same form.
/// </summary>
internal static class CorpusGuard
{
    public static CorpusLoadResult Load(string folder)
    {
        try
        {
            return CorpusLoader.Load(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new CorpusLoadResult(null, [new CorpusError(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), 1, $"cannot read the corpus folder: {e.Message}")]);
        }
    }
}
