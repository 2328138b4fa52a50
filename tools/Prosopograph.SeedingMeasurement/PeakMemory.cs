namespace Prosopograph.SeedingMeasurement;

/// <summary>
/// What a run adds to memory at its peak: the managed heap sampled every few milliseconds against its size after a
/// full collection at the start (garbage included: how much the GC lets pile up depends on the heap the corpus
/// already fills), the live heap (after a forced full collection, once a second: what the run really holds), and the
/// resident set's high-water mark (VmHWM, reset at the start through /proc/self/clear_refs) against the resident set then.
/// </summary>
internal sealed class PeakMemory
{
    private long _managedBase;
    private long _managedPeak;
    private long _livePeak;
    private long _residentBase;
    private volatile bool _sampling;
    private Thread? _sampler;

    public void Start()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        _managedBase = _managedPeak = GC.GetTotalMemory(forceFullCollection: true);
        File.WriteAllText("/proc/self/clear_refs", "5");
        _residentBase = Kilobytes("VmRSS") * 1024;
        _livePeak = _managedBase;
        _sampling = true;
        _sampler = new Thread(() =>
        {
            for (var tick = 1; _sampling; tick++)
            {
                _managedPeak = Math.Max(_managedPeak, GC.GetTotalMemory(forceFullCollection: false));
                if (tick % 500 == 0)
                {
                    _livePeak = Math.Max(_livePeak, GC.GetTotalMemory(forceFullCollection: true));
                }

                Thread.Sleep(2);
            }
        }) { IsBackground = true };
        _sampler.Start();
    }

    public (long Managed, long Live, long Resident) Stop()
    {
        _sampling = false;
        _sampler!.Join();
        return (_managedPeak - _managedBase, _livePeak - _managedBase, (Kilobytes("VmHWM") * 1024) - _residentBase);
    }

    private static long Kilobytes(string key) => File.ReadLines("/proc/self/status")
        .Where(line => line.StartsWith(key + ":", StringComparison.Ordinal))
        .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture))
        .Single();
}
