using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Writing;

public enum WriteStatus
{
    /// <summary>The document is new and is now durable and published.</summary>
    Created,

    /// <summary>The document replaced its previous version.</summary>
    Replaced,

    Removed,

    /// <summary>A dry run found nothing wrong; nothing was written.</summary>
    Valid,

    /// <summary>The corpus after the change would not load; <see cref="WriteOutcome.Errors"/> says why, and nothing was written.</summary>
    Invalid,

    /// <summary>A create for an id the corpus already has.</summary>
    AlreadyExists,

    /// <summary>A replace or remove of an id the corpus does not have.</summary>
    NotFound,

    /// <summary>The If-Match tag is not the document's current one: someone else wrote it meanwhile.</summary>
    PreconditionFailed,
}

/// <summary>What a write did; <see cref="Corpus"/> is the corpus after it (or as it would be, for a dry run).</summary>
public sealed record WriteOutcome(WriteStatus Status, CorpusModel? Corpus = null, string? ETag = null, IReadOnlyList<CorpusError>? Errors = null);
