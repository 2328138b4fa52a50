namespace Prosopograph.CorpusGenerator;

/// <summary>
/// Draws a rank from 0 to count - 1 with probability proportional to 1 / (rank + 1)^exponent: a few ranks (the hubs)
/// take a large share of the draws and most ranks a handful, as degrees do in real prosopographies.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }
    }

    public int Next(Rng rng)
    {
        var at = rng.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, at);
        return Math.Min(index >= 0 ? index : ~index, _cumulative.Length - 1);
    }
}
