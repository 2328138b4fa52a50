using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Prosopograph.Api.Hosting;
using Prosopograph.Corpus.Writing;

namespace Prosopograph.Api.Writes;

/// <summary>Documents written through the API: create, replace (If-Match), delete, and a dry run that writes nothing.</summary>
public static class DocumentWritesApi
{
    private const string DocumentId = "The document's id (its annotation's document.id).";

    public static IEndpointRouteBuilder MapDocumentWritesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents")
            .RequireAuthorization(DocumentWritesExtensions.WritePolicy)
            .RequireRateLimiting(DocumentWritesExtensions.WritePolicy)
            .AddEndpointFilter<RequestSizeFilter>();
        api.MapPost("/", CreateDocument)
            .WithName("CreateDocument")
            .WithSummary("Add a document (text and annotation); 409 if the id exists")
            .Accepts<DocumentSubmissionBody>("application/json", "multipart/form-data");
        api.MapPut("/{id}", ReplaceDocument)
            .WithName("ReplaceDocument")
            .WithSummary("Replace a document; If-Match with its ETag is required")
            .Accepts<DocumentSubmissionBody>("application/json", "multipart/form-data");
        api.MapDelete("/{id}", DeleteDocument)
            .WithName("DeleteDocument")
            .WithSummary("Remove a document; refused while another document uses an entity only it declares");
        api.MapPost("/validate", ValidateDocument)
            .WithName("ValidateDocument")
            .WithSummary("Dry run: answer what writing this document would, without writing")
            .Accepts<DocumentSubmissionBody>("application/json", "multipart/form-data");
        return app;
    }

    public static async Task<Results<Created<DocumentWriteResult>, WriteProblem>> CreateDocument(
        HttpContext context, CorpusWriter writer, CancellationToken cancellationToken)
    {
        var result = await PutAsync(context, writer, routeId: null, cancellationToken);
        return result.Outcome is { Status: WriteStatus.Created } outcome
            ? TypedResults.Created($"/api/documents/{result.Id}", Describe(context, result.Id!, outcome))
            : result.Problem!;
    }

    public static async Task<Results<Ok<DocumentWriteResult>, WriteProblem>> ReplaceDocument(
        [Description(DocumentId)] string id, HttpContext context, CorpusWriter writer, CancellationToken cancellationToken)
    {
        if (context.Request.Headers.IfMatch.Count == 0)
        {
            return WriteProblem.Of(StatusCodes.Status428PreconditionRequired, "If-Match required",
                $"Replacing a document needs If-Match with its current ETag (GET /api/documents/{id} answers it), so that no one's write is lost.");
        }

        var result = await PutAsync(context, writer, id, cancellationToken);
        return result.Outcome is { Status: WriteStatus.Replaced } outcome ? TypedResults.Ok(Describe(context, id, outcome)) : result.Problem!;
    }

    public static async Task<Results<NoContent, WriteProblem>> DeleteDocument(
        [Description(DocumentId)] string id, HttpContext context, CorpusWriter writer, CancellationToken cancellationToken)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString() is { Length: > 0 } tag ? tag : null;
        var outcome = await writer.WriteAsync(new DocumentChange.Remove(id), ifMatch, dryRun: false, cancellationToken);
        if (outcome.Status == WriteStatus.Invalid)
        {
            // What breaks is other documents' references: the delete conflicts with them rather than being malformed.
            return WriteProblem.Dependants(id, outcome.Errors!.Select(e => new WriteError(e.Message, e.File, e.Line)).ToList());
        }

        if (outcome.Status != WriteStatus.Removed)
        {
            return Refusal(outcome, id, submission: null);
        }

        context.Response.Headers[DatasetVersionHeader.Name] = outcome.Corpus!.Version;
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<DocumentWriteResult>, WriteProblem>> ValidateDocument(
        HttpContext context, CorpusWriter writer, CancellationToken cancellationToken)
    {
        var result = await PutAsync(context, writer, routeId: null, cancellationToken, dryRun: true);
        return result.Outcome is { Status: WriteStatus.Valid } outcome ? TypedResults.Ok(Describe(context, result.Id!, outcome, dryRun: true)) : result.Problem!;
    }

    private static async Task<(string? Id, WriteOutcome? Outcome, WriteProblem? Problem)> PutAsync(
        HttpContext context, CorpusWriter writer, string? routeId, CancellationToken cancellationToken, bool dryRun = false)
    {
        var (submission, unreadable) = await DocumentSubmission.ReadAsync(context.Request, cancellationToken);
        if (submission is null)
        {
            return (null, null, WriteProblem.Of(StatusCodes.Status400BadRequest, "Unreadable document", unreadable!));
        }

        if (SubmissionIds.Check(submission, routeId) is { } wrongId)
        {
            return (null, null, WriteProblem.Invalid([wrongId]));
        }

        // Without a usable id the loader still runs, under a placeholder name, so the client gets all the other errors too.
        var id = submission.DocumentId ?? SubmissionIds.Placeholder;
        var ifMatch = routeId is null ? null : context.Request.Headers.IfMatch.ToString();
        var outcome = await writer.WriteAsync(new DocumentChange.Put(id, submission.Annotation, submission.Text), ifMatch,
            dryRun || submission.DocumentId is null, cancellationToken);
        var succeeded = outcome.Status is WriteStatus.Created or WriteStatus.Replaced || (dryRun && outcome.Status == WriteStatus.Valid && submission.DocumentId is not null);
        return succeeded ? (id, outcome, null) : (id, null, Refusal(outcome, id, submission));
    }

    private static WriteProblem Refusal(WriteOutcome outcome, string id, DocumentSubmission? submission) => outcome.Status switch
    {
        WriteStatus.Invalid => WriteProblem.Invalid(outcome.Errors!.Select(e => submission is null
            ? new WriteError(e.Message, e.File, e.Line)
            : submission.Locate(e, e.File.EndsWith($"/{id}.yaml", StringComparison.Ordinal))).ToList()),
        WriteStatus.AlreadyExists => WriteProblem.Of(StatusCodes.Status409Conflict, "Document exists",
            $"The corpus already has a document '{id}'. Replace it with PUT /api/documents/{id} and its ETag in If-Match."),
        WriteStatus.NotFound => WriteProblem.Of(StatusCodes.Status404NotFound, "Unknown document", $"No document has the id '{id}'."),
        WriteStatus.PreconditionFailed => WriteProblem.Of(StatusCodes.Status412PreconditionFailed, "Stale ETag",
            $"Document '{id}' changed since that ETag was issued. GET it again, reapply your change and send its new ETag."),
        _ => WriteProblem.Of(StatusCodes.Status422UnprocessableEntity, "The document does not validate", "The document has no usable id."),
    };

    private static DocumentWriteResult Describe(HttpContext context, string id, WriteOutcome outcome, bool dryRun = false)
    {
        var corpus = outcome.Corpus!;
        if (!dryRun)
        {
            context.Response.Headers[DatasetVersionHeader.Name] = corpus.Version;
            context.Response.Headers[HeaderNames.ETag] = outcome.ETag;
        }

        return new DocumentWriteResult(id, outcome.ETag!, corpus.Version,
            corpus.Relations.Count(r => r.Evidence.Any(e => e.DocumentId == id)),
            corpus.Mentions.Count(m => m.DocumentId == id));
    }
}
