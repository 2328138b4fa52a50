namespace Prosopograph.Corpus.Loading;

/// <summary>
/// Where a mapping and the fields the cross-file checks report on are in their file. Kept instead of the YAML tree,
/// which costs far more memory, so that no file's tree outlives its reading.
/// </summary>
internal sealed class SourceLines(int line, string[] keys, int[] lines)
{
    public int Line => line;

    /// <summary>The line of <paramref name="key"/>'s value, or of the mapping when the field is absent.</summary>
    public int LineOf(string key)
    {
        var index = Array.IndexOf(keys, key);
        return index >= 0 ? lines[index] : throw new ArgumentException($"the line of '{key}' was not kept", nameof(key));
    }
}
