namespace Prosopograph.Corpus.Loading;

/// <summary>One problem in the corpus files, located so that an annotator can go straight to it.</summary>
public sealed record CorpusError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
