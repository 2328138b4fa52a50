using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Errors;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph;

namespace Prosopograph.Api.Citations;

public static class CitationApi
{
    private const string FormatDescription =
        "`csl` (CSL-JSON, what Zotero imports), `chicago` (a Chicago author-date reference as text) or `bibtex`. " +
        "Without it the Accept header chooses (application/vnd.citationstyles.csl+json or application/json, " +
        "text/plain, application/x-bibtex); CSL-JSON by default.";

    public static IEndpointRouteBuilder MapCitationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Citations");
        api.MapGet("/documents/{id}/citation", CiteDocument)
            .WithName("CiteDocument")
            .WithSummary("Cite a document: CSL-JSON, Chicago author-date or BibTeX")
            .ProducesValidationProblem();
        api.MapGet("/relations/{id}/citation", CiteRelation)
            .WithName("CiteRelation")
            .WithSummary("Cite the passages a relation rests on: the document, each quote with its offsets, the dataset version")
            .ProducesValidationProblem();
        return app;
    }

    public static Results<ContentHttpResult, NotFoundProblem> CiteDocument(
        [Description("A document id, as listed by /api/documents.")] string id,
        [Description(FormatDescription), AllowedValues(null, "csl", "chicago", "bibtex", ErrorMessage = "Must be csl, chicago or bibtex.")] string? format,
        CorpusModel corpus,
        HttpRequest request) =>
        corpus.DocumentsById.TryGetValue(id, out var document)
            ? Render(CitationFormat.Choose(format, request), [new CitedSource(document, null, corpus.Version)])
            : Problems.NotFound("document", id);

    /// <summary>One citation per quote: a relation may rest on several passages, possibly of several documents.</summary>
    public static async Task<Results<ContentHttpResult, NotFoundProblem>> CiteRelation(
        [Description("A relation id, as returned with every relation.")] string id,
        [Description(FormatDescription), AllowedValues(null, "csl", "chicago", "bibtex", ErrorMessage = "Must be csl, chicago or bibtex.")] string? format,
        CorpusModel corpus,
        IGraphStore store,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (await store.FindRelationAsync(id, cancellationToken) is not { } relation)
        {
            return Problems.NotFound("relation", id);
        }

        var sources = relation.Evidence
            .Select(e => new CitedSource(corpus.DocumentsById[e.DocumentId], new CitedPassage(relation.Id, relation.Type, e.Quote, e.Start, e.End), corpus.Version))
            .ToList();
        return Render(CitationFormat.Choose(format, request), sources);
    }

    private static ContentHttpResult Render(CitationFormat format, IReadOnlyList<CitedSource> sources) =>
        TypedResults.Text(format.Render(sources), format.MediaType, Encoding.UTF8);
}
