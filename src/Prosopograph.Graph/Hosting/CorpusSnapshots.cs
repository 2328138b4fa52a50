using System.Collections.Immutable;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Hosting;

/// <summary>
/// The corpus being served, as one immutable snapshot behind a single reference. A write builds a whole new
/// model and swaps the reference, so a reader holds either the old corpus or the new one and never takes a lock.
/// </summary>
public sealed class CorpusSnapshots(CorpusModel initial)
{
    private volatile CorpusModel _current = initial;
    private ImmutableArray<Action<CorpusModel>> _subscribers = [];

    public CorpusModel Current => _current;

    /// <summary>
    /// Called after every swap, on the writer's thread, before the write is acknowledged: a store that keeps its own
    /// indexes (the embedded one) rebuilds them here, so that a client reads its own write as soon as it is told of it.
    /// </summary>
    public void Subscribe(Action<CorpusModel> onReplaced) =>
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(onReplaced));

    public void Replace(CorpusModel corpus)
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber(corpus);
        }

        _current = corpus;
    }
}
