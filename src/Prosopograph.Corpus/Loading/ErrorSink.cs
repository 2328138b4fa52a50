namespace Prosopograph.Corpus.Loading;

/// <summary>Collects the errors of one file, each stamped with that file's display path.</summary>
internal sealed class ErrorSink(string file, List<CorpusError> all)
{
    private List<CorpusError> _all = all;

    public string File => file;

    public int Count => _all.Count;

    public void Add(int line, string message) => _all.Add(new CorpusError(file, line, message));

    /// <summary>
    /// Appends what this file collected on its own (read in parallel with others) to <paramref name="corpus"/>, in
    /// order, and sends later errors there too: the merged list is then the one a reading file by file would give.
    /// </summary>
    public void JoinTo(List<CorpusError> corpus)
    {
        corpus.AddRange(_all);
        _all = corpus;
    }
}
