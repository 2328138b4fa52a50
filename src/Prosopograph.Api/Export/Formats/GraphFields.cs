using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Export.Formats;

/// <summary>
/// The attributes GraphML and GEXF write, in one place: what a node and a link carry beyond their ids. Scalars stay
/// typed; aliases and evidence are JSON arrays in a string (json.loads gives them back), with the first quote also
/// plain, so a reader without JSON still sees the sentence behind each edge.
/// </summary>
public static class GraphFields
{
    public static IReadOnlyList<ExportField<ExportNode>> Node { get; } =
    [
        new("name", "string", n => n.Name),
        new("kind", "string", n => n.Kind),
        new("aliases", "string", n => JsonText.Of(n.Aliases.Select(a => new { a.Name, a.Type }))),
        new("notes", "string", n => n.Notes),
        new("existence", "string", n => n.Existence?.Edtf),
        new("existenceProvenance", "string", n => n.Existence?.Provenance),
    ];

    public static IReadOnlyList<ExportField<ExportLink>> Link { get; } =
    [
        new("type", "string", l => l.Type),
        new("date", "string", l => l.Date?.Edtf),
        new("dateProvenance", "string", l => l.Date?.Provenance),
        new("validity", "string", l => l.Validity.Kind),
        new("validFrom", "string", l => l.Validity.From),
        new("validTo", "string", l => l.Validity.To),
        new("source", "string", l => l.Voice.Source),
        new("attributedTo", "string", l => l.Voice.AttributedTo),
        new("stance", "string", l => l.Voice.Stance),
        new("disputedBy", "string", l => l.Voice.DisputedBy),
        new("quote", "string", l => l.Evidence.FirstOrDefault()?.Quote),
        new("evidence", "string", l => JsonText.Of(l.Evidence)),
        new("evidenceCount", "int", l => l.Evidence.Count),
        new("note", "string", l => l.Note),
    ];

    /// <summary>The palette entry a link is coloured by in GEXF: disputed claims apart, then whose voice carries it.</summary>
    public static string Voice(ExportLink link) => link.Voice.Stance == "disputed" ? "disputed" : link.Voice.Source;
}
