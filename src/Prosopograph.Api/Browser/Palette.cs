using System.Globalization;
using System.Text.Json;

namespace Prosopograph.Api.Browser;

/// <summary>
/// The colour table in Browser/palette.json, embedded in the assembly and served at <see cref="Url"/>: one file that
/// the explorer, the GraSS stylesheet and the GEXF export share, so a party is the same red everywhere.
/// </summary>
public sealed record Palette(string Description, IReadOnlyDictionary<string, string> Kinds, IReadOnlyDictionary<string, string> Voices, string Fallback)
{
    public const string Url = "/browser/palette.json";

    public static string Json { get; } = ReadResource();

    public static Palette Shared { get; } = JsonSerializer.Deserialize<Palette>(Json, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException("palette.json is empty.");

    public string KindColour(string kind) => Kinds.GetValueOrDefault(kind, Fallback);

    public string VoiceColour(string voice) => Voices.GetValueOrDefault(voice, Fallback);

    /// <summary>#RRGGBB as its three channels, for formats that want numbers (GEXF's viz:color).</summary>
    public static (int Red, int Green, int Blue) Channels(string hex) => (Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));

    private static int Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string ReadResource()
    {
        using var stream = typeof(Palette).Assembly.GetManifestResourceStream("Prosopograph.Api.Browser.palette.json")
            ?? throw new InvalidOperationException("The palette is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
