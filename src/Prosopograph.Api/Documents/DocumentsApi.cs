using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
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

    public static async Task<Ok<IReadOnlyList<DocumentItem>>> ListDocuments(IGraphStore store, CancellationToken cancellationToken)
    {
        var documents = await store.GetDocumentsAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DocumentItem>>(documents.Select(d => d.AsDocumentItem()).ToList());
    }

    public static async Task<Results<Ok<DocumentDetails>, NotFoundProblem>> GetDocument(
        [Description(DocumentId)] string id, IGraphStore store, CancellationToken cancellationToken) =>
        await store.FindDocumentAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document.AsDocumentDetails())
            : Problems.NotFound("document", id);

    public static async Task<Results<Ok<IReadOnlyList<MentionItem>>, NotFoundProblem>> GetMentions(
        [Description(DocumentId)] string id,
        [Description("Only the mentions of this entity id, e.g. `kamenev`.")] string? entity,
        CorpusModel corpus,
        IGraphStore store,
        CancellationToken cancellationToken)
    {
        if (corpus.FirstUnknown(entity) is { } unknown)
        {
            return Problems.EntityNotFound(unknown);
        }

        return await store.GetMentionsAsync(id, entity, cancellationToken) is { } mentions
            ? TypedResults.Ok<IReadOnlyList<MentionItem>>(mentions.Select(m => m.AsMentionItem()).ToList())
            : Problems.NotFound("document", id);
    }
}
