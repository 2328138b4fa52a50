using System.Text.Json.Serialization;

namespace Prosopograph.Api.Citations;

/// <summary>A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the format Zotero imports.</summary>
public sealed record CslItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("author")] IReadOnlyList<CslName> Author,
    [property: JsonPropertyName("issued")] CslDate? Issued,
    [property: JsonPropertyName("container-title")] string? ContainerTitle,
    [property: JsonPropertyName("issue")] string? Issue,
    [property: JsonPropertyName("publisher")] string? Publisher,
    [property: JsonPropertyName("URL")] string? Url,
    [property: JsonPropertyName("license")] string? License,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("note")] string? Note);

/// <summary>A pen name such as "Sylvestre" is a literal: it has no family and given parts to split.</summary>
public sealed record CslName([property: JsonPropertyName("literal")] string Literal);

public sealed record CslDate([property: JsonPropertyName("date-parts")] IReadOnlyList<IReadOnlyList<int>> DateParts);
