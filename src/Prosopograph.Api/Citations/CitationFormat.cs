using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Prosopograph.Api.Citations;

/// <summary>The three citation formats, their media types, and the choice between them by `format` or Accept.</summary>
public sealed record CitationFormat(string Name, string MediaType, string[] AcceptedTypes, Func<IReadOnlyList<CitedSource>, string> Render)
{
    // CSL-JSON leaves out what a source does not give (no "license": null for an essay without a stated licence).
    private static readonly JsonSerializerOptions CslJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static CitationFormat Csl { get; } = new("csl", "application/vnd.citationstyles.csl+json",
        ["application/vnd.citationstyles.csl+json", "application/json"],
        sources => JsonSerializer.Serialize(sources.Select(CitationFormats.ToCsl), CslJson));

    public static CitationFormat Chicago { get; } = new("chicago", "text/plain",
        ["text/plain"],
        sources => string.Join('\n', sources.Select(CitationFormats.ToChicago)) + "\n");

    public static CitationFormat BibTex { get; } = new("bibtex", "application/x-bibtex",
        ["application/x-bibtex", "text/x-bibtex"],
        sources => string.Join('\n', sources.Select(CitationFormats.ToBibTex)));

    public static IReadOnlyList<CitationFormat> All { get; } = [Csl, Chicago, BibTex];

    /// <summary>
    /// `format` wins; otherwise the most preferred Accept type one of the formats serves; otherwise CSL-JSON, the
    /// format reference managers import, as a JSON API's default.
    /// </summary>
    public static CitationFormat Choose(string? format, HttpRequest request)
    {
        if (format is not null)
        {
            return All.Single(f => f.Name == format);
        }

        var accepted = request.GetTypedHeaders().Accept
            .Where(a => a.Quality is not 0)
            .OrderByDescending(a => a.Quality ?? 1);
        foreach (var type in accepted)
        {
            if (All.FirstOrDefault(f => f.AcceptedTypes.Any(t => type.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase))) is { } chosen)
            {
                return chosen;
            }
        }

        return Csl;
    }
}
