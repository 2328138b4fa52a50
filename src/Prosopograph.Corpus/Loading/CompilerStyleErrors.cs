namespace Prosopograph.Corpus.Loading;

/// <summary>
/// Corpus errors as compilers print them, <c>path:line:col: message</c>, so that editors and CI logs link to the
/// place. The loader knows lines; the column is that of the line's first character of content, where the field or
/// list item the message names begins. The CLI's <c>validate</c> and the API's start-up print through here.
/// </summary>
public static class CompilerStyleErrors
{
    /// <param name="corpusFolder">The folder that was loaded; error paths are shown as it was given (relative stays relative).</param>
    public static IEnumerable<string> Format(string corpusFolder, IReadOnlyList<CorpusError> errors)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(corpusFolder)) ?? "";
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var path = Path.Combine(parent, error.File);
            yield return $"{path}:{error.Line}:{Column(path, error.Line, lines)}: {error.Message}";
        }
    }

    private static int Column(string path, int line, Dictionary<string, string[]> cache)
    {
        if (!cache.TryGetValue(path, out var lines))
        {
            lines = File.Exists(path) ? TryRead(path) : [];
            cache[path] = lines;
        }

        if (line < 1 || line > lines.Length)
        {
            return 1;
        }

        var text = lines[line - 1];
        return text.Length - text.TrimStart().Length + 1;
    }

    private static string[] TryRead(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return [];
        }
    }
}
