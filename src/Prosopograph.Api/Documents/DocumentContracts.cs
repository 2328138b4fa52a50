using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Validation;

namespace Prosopograph.Api.Documents;

[Description("A source document; length is in code points, the unit of every offset into its text.")]
public sealed record DocumentItem(string Id, string Title, string Author, string? Date, string Language, int Length);

public sealed record DocumentDetails(
    string Id,
    string Title,
    string Author,
    string? Date,
    string Language,
    int Length,
    string? Notes,
    string Text);

[Description("One occurrence of an entity's name or alias in a document: the text as written and its code-point offsets.")]
public sealed record MentionItem(EntityReference Entity, string Surface, int Start, int End);

public sealed record MentionParameters : PageParameters
{
    [FromQuery(Name = "entity"), Description("Only the mentions of this entity id, e.g. `kamenev`.")]
    public string? Entity { get; init; }
}
