namespace Prosopograph.Corpus.Loading;

/// <summary>Collects the errors of one file, each stamped with that file's display path.</summary>
internal sealed class ErrorSink(string file, List<CorpusError> all)
{
    public string File => file;

    public int Count => all.Count;

    public void Add(int line, string message) => all.Add(new CorpusError(file, line, message));
}
