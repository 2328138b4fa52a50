using System.Collections.Immutable;
using System.Text;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Writing;

/// <summary>
/// The only way the corpus folder changes while it is served. One writer at a time: check the corpus the change
/// would give, make its files durable, publish the new model, and only then answer. A failure at any step before
/// the annotation's rename leaves the folder as it was; the folder, not memory, stays the truth.
/// </summary>
public sealed class CorpusWriter
{
    private readonly CorpusFolder _folder;
    private readonly Action<CorpusModel> _publish;
    private readonly SemaphoreSlim _oneWriter = new(1, 1);
    private volatile Published _current;

    public CorpusWriter(CorpusFolder folder, CorpusModel loaded, Action<CorpusModel> publish)
    {
        _folder = folder;
        _publish = publish;
        CandidateCorpus.RemoveLeftovers(folder);
        folder.RemoveDebris(loaded);
        _current = new Published(loaded, loaded.Documents.ToImmutableDictionary(d => d.Id, folder.ETagOf));
    }

    public CorpusModel Corpus => _current.Corpus;

    /// <summary>The document's current tag, or null when the corpus has no such document.</summary>
    public string? ETagOf(string documentId) => _current.ETags.GetValueOrDefault(documentId);

    /// <param name="ifMatch">The tag the client last saw; null means "create" for a put and "unconditionally" for a remove.</param>
    /// <param name="dryRun">Check only: answer what the write would, change nothing.</param>
    public async Task<WriteOutcome> WriteAsync(DocumentChange change, string? ifMatch, bool dryRun, CancellationToken cancellationToken)
    {
        await _oneWriter.WaitAsync(cancellationToken);
        try
        {
            return Write(change, ifMatch, dryRun);
        }
        finally
        {
            _oneWriter.Release();
        }
    }

    private WriteOutcome Write(DocumentChange change, string? ifMatch, bool dryRun)
    {
        var id = change.DocumentId;
        var current = _current.ETags.GetValueOrDefault(id);
        if (Precondition(change, current, ifMatch, dryRun) is { } refused)
        {
            return new WriteOutcome(refused);
        }

        var text = change is DocumentChange.Put p ? new UTF8Encoding(false).GetBytes(p.Text) : null;
        var textFile = text is null ? null : CorpusFolder.TextFileName(id, text);
        var put = change as DocumentChange.Put;
        if (put is not null)
        {
            put = put with { Annotation = AnnotationHeader.WithTextFile(put.Annotation, textFile!) };
        }

        var candidate = CandidateCorpus.Load(_folder, (DocumentChange?)put ?? change, textFile, text);
        if (candidate.Corpus is not { } corpus)
        {
            return new WriteOutcome(WriteStatus.Invalid, Errors: candidate.Errors);
        }

        var annotation = put is null ? null : new UTF8Encoding(false).GetBytes(put.Annotation);
        var etag = annotation is null ? null : CorpusFolder.ETag(annotation, text!);
        if (dryRun)
        {
            return new WriteOutcome(WriteStatus.Valid, corpus, etag);
        }

        var previousText = _current.Corpus.DocumentsById.GetValueOrDefault(id)?.SourceFile;
        Commit(id, annotation, textFile, text, previousText, corpus);
        _current = new Published(corpus, etag is null ? _current.ETags.Remove(id) : _current.ETags.SetItem(id, etag));
        _publish(corpus);
        return new WriteOutcome(put is null ? WriteStatus.Removed : current is null ? WriteStatus.Created : WriteStatus.Replaced, corpus, etag);
    }

    private static WriteStatus? Precondition(DocumentChange change, string? current, string? ifMatch, bool dryRun) => change switch
    {
        // A dry run checks content only: it answers for a create or a replace, whichever the id makes it.
        _ when dryRun => null,
        DocumentChange.Put when ifMatch is null => current is null ? null : WriteStatus.AlreadyExists,
        _ when current is null => WriteStatus.NotFound,
        _ when ifMatch is null or "*" => null,
        _ => ifMatch == current ? null : WriteStatus.PreconditionFailed,
    };

    // The order is the crash safety: the new text under its own name first, then the annotation's rename (the
    // instant the document changes), then the old text, which no annotation names any more.
    private void Commit(string id, byte[]? annotation, string? textFile, byte[]? text, string? previousText, CorpusModel after)
    {
        if (annotation is null)
        {
            DurableFiles.Delete(_folder.AnnotationPath(id));
        }
        else
        {
            DurableFiles.WriteAtomically(Path.Combine(_folder.Documents, textFile!), text);
            DurableFiles.WriteAtomically(_folder.AnnotationPath(id), annotation);
        }

        if (previousText is not null && previousText != textFile && after.Documents.All(d => d.SourceFile != previousText)
            && File.Exists(Path.Combine(_folder.Documents, previousText)))
        {
            DurableFiles.Delete(Path.Combine(_folder.Documents, previousText));
        }
    }

    private sealed record Published(CorpusModel Corpus, ImmutableDictionary<string, string> ETags);
}
