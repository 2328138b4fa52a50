using System.Globalization;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Export.Formats;

/// <summary>
/// GEXF intervals (timeformat "date") from the years a relation is in force: from 1 January of its first year to
/// 31 December of its last, an open bound left out, so Gephi's timeline shows each tie in the years it holds.
/// </summary>
public static class GexfTime
{
    public static (string? Start, string? End) Interval(YearRange years) => (
        years.From is { } from ? new DateOnly(from, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        years.To is { } to ? new DateOnly(to, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
}
