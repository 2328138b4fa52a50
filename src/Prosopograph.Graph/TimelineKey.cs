using System.Globalization;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph;

/// <summary>
/// A string that sorts like <see cref="CalendarDate.CompareTo"/> (first day, then coarser precision first), so
/// that every store, Neo4j included, orders a timeline the same way with a plain ORDER BY.
/// </summary>
public static class TimelineKey
{
    public static string Of(CalendarDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Earliest:yyyy-MM-dd}/{(int)date.Precision}");
}
