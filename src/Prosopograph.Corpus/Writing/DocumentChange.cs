namespace Prosopograph.Corpus.Writing;

/// <summary>What a write asks of the corpus: put a document (create or replace it) or remove one.</summary>
public abstract record DocumentChange(string DocumentId)
{
    /// <summary>
    /// An annotation in the corpus's YAML format and the text it annotates. The annotation's <c>document.text</c>
    /// is set by the writer: the text is stored under a name derived from its content (see <see cref="CorpusFolder"/>).
    /// </summary>
    public sealed record Put(string DocumentId, string Annotation, string Text) : DocumentChange(DocumentId);

    public sealed record Remove(string DocumentId) : DocumentChange(DocumentId);
}
