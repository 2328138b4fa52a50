using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Views;

/// <summary>Dates and validity as every store returns them: EDTF and calendar dates as text, kinds in lower case.</summary>
public static class TimeViews
{
    public static DateView ToView(this SourcedDate date) => new(date.Date.ToString(), date.Provenance.ToString());

    public static ValidityView ToView(this Validity validity) =>
        new(Name(validity.Kind), validity.From?.ToString(), validity.To?.ToString());

    public static string Name(ValidityKind kind) => kind.ToString().ToLowerInvariant();
}
