using Prosopograph.Corpus.Loading;

namespace Prosopograph.Corpus.Snapshots;

/// <summary>
/// Loads a corpus through a snapshot kept in a cache folder: when the snapshot was written for exactly the corpus
/// files there are now (same <see cref="CorpusFingerprint"/>), the validated model is read from it, skipping the
/// parsing and the checks; otherwise the corpus is loaded from its files, as <see cref="CorpusLoader"/> always does,
/// and a snapshot is written for the next start. A snapshot that cannot be read is never trusted and never fatal.
/// </summary>
public static class WarmStart
{
    public static WarmStartResult Load(string corpusFolder, string cacheDirectory)
    {
        var root = Path.GetFullPath(corpusFolder);
        var path = SnapshotFile.PathFor(Path.GetFullPath(cacheDirectory), root);
        var notes = new List<WarmStartNote>();
        byte[] fingerprint;
        try
        {
            fingerprint = CorpusFingerprint.Of(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A missing vocabulary or folder: the loader reports it as it always does.
            return new WarmStartResult(CorpusLoader.Load(root), false, [new WarmStartNote(false, $"no snapshot used: {ex.Message}")]);
        }

        if (File.Exists(path))
        {
            try
            {
                if (SnapshotFile.Read(path, fingerprint, out var refusal) is { } kept)
                {
                    return new WarmStartResult(new CorpusLoadResult(kept, []), true, [new WarmStartNote(false, $"corpus read from snapshot {path}")]);
                }

                notes.Add(new WarmStartNote(refusal!.Value.Damaged, $"snapshot {path} not used: {refusal.Value.Reason}"));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                notes.Add(new WarmStartNote(true, $"snapshot {path} not used: it could not be read ({ex.GetType().Name}: {ex.Message})"));
            }
        }

        var loaded = CorpusLoader.Load(root);
        if (loaded.Corpus is { } corpus)
        {
            notes.Add(Keep(path, fingerprint, root, corpus));
        }

        return new WarmStartResult(loaded, false, notes);
    }

    private static WarmStartNote Keep(string path, byte[] fingerprint, string root, Model.CorpusModel corpus)
    {
        if (!CorpusFingerprint.Covers(corpus))
        {
            return new WarmStartNote(false, "no snapshot written: a document's text lies outside documents/, which the fingerprint does not cover");
        }

        try
        {
            // Files changed while they were being loaded would leave a snapshot that matches neither version.
            if (!CorpusFingerprint.Of(root).AsSpan().SequenceEqual(fingerprint))
            {
                return new WarmStartNote(false, "no snapshot written: the corpus files changed while they were loaded");
            }

            SnapshotFile.Write(path, fingerprint, corpus);
            return new WarmStartNote(false, $"snapshot written to {path}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new WarmStartNote(true, $"no snapshot written to {path}: {ex.Message}");
        }
    }
}

/// <summary>The load's outcome, whether it came from a snapshot, and what happened to the snapshot, for the log.</summary>
public sealed record WarmStartResult(CorpusLoadResult Result, bool FromSnapshot, IReadOnlyList<WarmStartNote> Notes);

/// <param name="IsProblem">True for what an operator should look at (a damaged snapshot, a cache folder that cannot be written).</param>
public sealed record WarmStartNote(bool IsProblem, string Message);
