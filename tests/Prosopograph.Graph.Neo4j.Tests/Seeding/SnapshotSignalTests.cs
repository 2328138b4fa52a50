using Prosopograph.Graph.Hosting;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Seeding;

/// <summary>
/// The sync into Neo4j wakes on a signal and then reads the current snapshot. Signalled before the swap, it once woke,
/// re-seeded the old version and slept in step with it while the files held the new one (a CI run caught it).
/// </summary>
public sealed class SnapshotSignalTests
{
    [Fact]
    public void WhatIsSignalledAfterASwapReadsTheNewSnapshotAndWhatRebuildsBeforeItStillServesTheOld()
    {
        var snapshots = new CorpusSnapshots(SyntheticCorpus.Build(version: "v1"));
        string? seenWhileRebuilding = null, seenWhenSignalled = null;
        snapshots.OnReplacing(_ => seenWhileRebuilding = snapshots.Current.Version);
        snapshots.OnReplaced(_ => seenWhenSignalled = snapshots.Current.Version);

        snapshots.Replace(SyntheticCorpus.Build(version: "v2"));

        Assert.Equal("v1", seenWhileRebuilding);
        Assert.Equal("v2", seenWhenSignalled);
    }
}
