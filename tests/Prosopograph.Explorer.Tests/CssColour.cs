using System.Globalization;
using System.Text.RegularExpressions;

namespace Prosopograph.Explorer.Tests;

/// <summary>
/// Browsers and Cytoscape report colours as rgb(r, g, b); the palette writes #RRGGBB. This turns the first into
/// the second so the two compare as equal strings.
/// </summary>
public static partial class CssColour
{
    public static string Hex(string rgb)
    {
        var match = Rgb().Match(rgb);
        Assert.True(match.Success, $"Not an opaque rgb() colour: \"{rgb}\"");
        return "#" + string.Concat(new[] { "r", "g", "b" }.Select(channel =>
            int.Parse(match.Groups[channel].Value, CultureInfo.InvariantCulture).ToString("X2", CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"^rgb\(\s*(?<r>\d{1,3})\s*,\s*(?<g>\d{1,3})\s*,\s*(?<b>\d{1,3})\s*\)$")]
    private static partial Regex Rgb();
}
