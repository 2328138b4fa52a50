using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Loading;

/// <summary>Either a whole corpus or every error found: a corpus with any error is never half-loaded.</summary>
public sealed record CorpusLoadResult(CorpusModel? Corpus, IReadOnlyList<CorpusError> Errors)
{
    public bool Succeeded => Corpus is not null;
}

public sealed class CorpusValidationException(IReadOnlyList<CorpusError> errors)
    : Exception($"The corpus has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<CorpusError> Errors { get; } = errors;
}
