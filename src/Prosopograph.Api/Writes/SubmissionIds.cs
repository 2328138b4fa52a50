using Prosopograph.Corpus.Writing;

namespace Prosopograph.Api.Writes;

/// <summary>
/// The id decides the file name, so it is checked before anything touches the disk: an id like <c>../x</c> never
/// becomes a path, and a PUT cannot write one document under another's address.
/// </summary>
internal static class SubmissionIds
{
    public const string Placeholder = "unnamed-document";

    public static WriteError? Check(DocumentSubmission submission, string? routeId)
    {
        var id = submission.DocumentId;
        if (id is not null && !CorpusFolder.IsDocumentId(id))
        {
            return Located(submission, $"document: id '{id}' must be lower-case letters, digits, '-' or '_'");
        }

        return routeId is not null && id is not null && id != routeId
            ? Located(submission, $"document: id '{id}' must equal the id in the address, '{routeId}'")
            : null;
    }

    private static WriteError Located(DocumentSubmission submission, string message) =>
        submission.FromJson is not null
            ? new WriteError(message, Pointer: $"/{DocumentSubmission.AnnotationPart}/document/id")
            : new WriteError(message, DocumentSubmission.AnnotationPart);
}
