using System.Text.RegularExpressions;

namespace Prosopograph.Corpus.Loading;

internal static partial class Slug
{
    /// <summary>Entity, relation and document ids: lower-case letters, digits, '-' and '_'; they end up in URLs.</summary>
    public static bool IsValid(string id) => SlugShape().IsMatch(id);

    public static bool IsSnakeCase(string id) => SnakeShape().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex SlugShape();

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeShape();
}
