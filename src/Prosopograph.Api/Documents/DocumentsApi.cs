using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Validation;
using Prosopograph.Api.Errors;
using Prosopograph.Api.Writes;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph;

namespace Prosopograph.Api.Documents;

public static class DocumentsApi
{
    private const string DocumentId = "A document id, as listed by /api/documents.";

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");
        api.MapGet("/", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("List the source documents");
        api.MapGet("/{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("Get a document's metadata and full text; its ETag is the If-Match of a replace")
            .AddEndpointFilter<DocumentETagFilter>();
        api.MapGet("/{id}/mentions", GetMentions)
            .WithName("GetDocumentMentions")
            .WithSummary("List where entities are mentioned in a document, in text order");
        return app;
    }

    public static async Task<Ok<PageResponse<DocumentItem>>> ListDocuments(
        [AsParameters] ListParameters parameters, IGraphStore store, CancellationToken cancellationToken)
    {
        var documents = await store.GetDocumentsAsync(cancellationToken);
        return TypedResults.Ok(parameters.PageOf(documents, d => d.AsDocumentItem()));
    }

    public static async Task<Results<Ok<DocumentDetails>, NotFoundProblem>> GetDocument(
        [Description(DocumentId)] string id, IGraphStore store, CancellationToken cancellationToken) =>
        await store.FindDocumentAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document.AsDocumentDetails())
            : Problems.NotFound("document", id);

    public static async Task<Results<Ok<PageResponse<MentionItem>>, NotFoundProblem>> GetMentions(
        [Description(DocumentId)] string id,
        [AsParameters] MentionParameters parameters,
        CorpusModel corpus,
        IGraphStore store,
        CancellationToken cancellationToken)
    {
        if (corpus.FirstUnknown(parameters.Entity) is { } unknown)
        {
            return Problems.EntityNotFound(unknown);
        }

        return await store.GetMentionsAsync(id, parameters.Entity, cancellationToken) is { } mentions
            ? TypedResults.Ok(parameters.PageOf(mentions, m => m.AsMentionItem()))
            : Problems.NotFound("document", id);
    }
}
