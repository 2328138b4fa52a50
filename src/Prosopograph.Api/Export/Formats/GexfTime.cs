using System.Globalization;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Export.Formats;

/// <summary>
/// GEXF intervals (timeformat "date"): an edge from the first day its relation's validity can denote to the last
/// (1927 runs from 1927-01-01 to 1927-12-31), a node over its entity's existence, an open or unknown bound left out;
/// so Gephi's timeline shows each tie, and each participant, in the time it holds.
/// </summary>
public static class GexfTime
{
    public static (string? Start, string? End) Of(ValidityView validity) => (
        validity.From is { } from ? Day(CalendarDate.Parse(from).Earliest) : null,
        validity.To is { } to ? Day(CalendarDate.Parse(to).Latest) : null);

    public static (string? Start, string? End) Of(DateView? existence) =>
        existence is not null && EdtfDate.TryParse(existence.Edtf, out var date, out _)
            ? (date.First is { } first ? Day(first.Earliest) : null, date.Last is { } last ? Day(last.Latest) : null)
            : (null, null);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
