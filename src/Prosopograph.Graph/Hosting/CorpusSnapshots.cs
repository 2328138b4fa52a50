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
    private ImmutableArray<Action<CorpusModel>> _replacing = [];
    private ImmutableArray<Action<CorpusModel>> _replaced = [];

    public CorpusModel Current => _current;

    /// <summary>
    /// Called before every swap, on the writer's thread, before the write is acknowledged: a store that keeps its own
    /// indexes (the embedded one) rebuilds them here, so that a client reads its own write as soon as it is told of it,
    /// and no reader sees the new version with the old indexes.
    /// </summary>
    public void OnReplacing(Action<CorpusModel> rebuild) =>
        ImmutableInterlocked.Update(ref _replacing, list => list.Add(rebuild));

    /// <summary>
    /// Called after every swap: for work that runs on its own and reads <see cref="Current"/> when it wakes (the sync
    /// into Neo4j). Signalled before the swap, such work could wake, read the old snapshot and sleep again in step with it.
    /// </summary>
    public void OnReplaced(Action<CorpusModel> signal) =>
        ImmutableInterlocked.Update(ref _replaced, list => list.Add(signal));

    public void Replace(CorpusModel corpus)
    {
        foreach (var rebuild in _replacing)
        {
            rebuild(corpus);
        }

        _current = corpus;

        foreach (var signal in _replaced)
        {
            signal(corpus);
        }
    }
}
