namespace Prosopograph.Corpus.Model;

/// <summary>
/// Where a document was published, for citing it: the periodical (and issue) or site, its publisher, the address it
/// can be read at and the licence it is published under, each only when the document or its provenance gives it.
/// </summary>
public sealed record Bibliography(string? Publication = null, string? Issue = null, string? Publisher = null, Uri? Url = null, string? Licence = null)
{
    public static Bibliography None { get; } = new();
}
