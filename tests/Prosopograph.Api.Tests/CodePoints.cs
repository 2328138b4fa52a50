namespace Prosopograph.Api.Tests;

/// <summary>Offsets in the API count code points, not UTF-16 units: slice the same way to check them.</summary>
public static class CodePoints
{
    public static string Slice(string text, int start, int end) =>
        string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));
}
