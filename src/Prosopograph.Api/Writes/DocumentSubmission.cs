using System.Text;
using System.Text.Json;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Writing;

namespace Prosopograph.Api.Writes;

/// <summary>
/// A document as a client sends it: as JSON (<c>{"text": ..., "annotation": {...}}</c>) or as a multipart form
/// with the annotation YAML and the text as two parts. Knows how to point an error back into what was sent.
/// </summary>
public sealed record DocumentSubmission(string? DocumentId, string Annotation, string Text, JsonAnnotation? FromJson)
{
    public const string AnnotationPart = "annotation";
    public const string TextPart = "text";

    /// <summary>Where a loader error lies in the submission: a JSON pointer, or the line and column in the YAML.</summary>
    public WriteError Locate(CorpusError error, bool inSubmission)
    {
        if (!inSubmission)
        {
            return new WriteError(error.Message, error.File, error.Line);
        }

        if (FromJson is { } json)
        {
            return new WriteError(error.Message, Pointer: json.PointerAt(error.Line));
        }

        var lines = Annotation.Split('\n');
        var line = error.Line >= 1 && error.Line <= lines.Length ? lines[error.Line - 1] : "";
        var column = line.Length - line.TrimStart().Length + 1;
        return new WriteError(error.Message, AnnotationPart, error.Line, column);
    }

    public static async Task<(DocumentSubmission? Submission, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            return await ReadJsonAsync(request, cancellationToken);
        }

        if (request.HasFormContentType)
        {
            return await ReadFormAsync(request, cancellationToken);
        }

        return (null, $"Send the document as application/json ({{\"text\": ..., \"annotation\": {{...}}}}) or as multipart/form-data with the parts '{AnnotationPart}' (YAML) and '{TextPart}'.");
    }

    private static async Task<(DocumentSubmission?, string?)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(TextPart, out var text) || text.ValueKind != JsonValueKind.String
                || !root.TryGetProperty(AnnotationPart, out var annotation) || annotation.ValueKind != JsonValueKind.Object)
            {
                return (null, $"The JSON body needs '{TextPart}' (a string) and '{AnnotationPart}' (an object with document, entities and relations).");
            }

            var yaml = JsonAnnotation.From(annotation, "/" + AnnotationPart);
            var id = annotation.TryGetProperty("document", out var header) && header.ValueKind == JsonValueKind.Object
                && header.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            return (new DocumentSubmission(id, yaml.Yaml, text.GetString()!, yaml), null);
        }
    }

    private static async Task<(DocumentSubmission?, string?)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var annotation = await PartAsync(form, AnnotationPart, cancellationToken);
        var text = await PartAsync(form, TextPart, cancellationToken);
        if (annotation is null || text is null)
        {
            return (null, $"The form needs two parts: '{AnnotationPart}' (the annotation YAML) and '{TextPart}' (the text, UTF-8).");
        }

        return (new DocumentSubmission(AnnotationHeader.DocumentId(annotation), annotation, text, null), null);
    }

    // Strict UTF-8, as the loader reads files: offsets are counted on exactly these characters.
    private static async Task<string?> PartAsync(IFormCollection form, string name, CancellationToken cancellationToken)
    {
        if (form.Files.GetFile(name) is { } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray());
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        return form.TryGetValue(name, out var value) && value.Count == 1 ? value[0] : null;
    }
}

/// <summary>One error of a write, located in what the client sent (pointer, or part/line/column) or in another file of the corpus.</summary>
public sealed record WriteError(string Detail, string? File = null, int? Line = null, int? Column = null, string? Pointer = null);
