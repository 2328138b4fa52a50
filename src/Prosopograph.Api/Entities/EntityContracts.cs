using System.ComponentModel;
using Prosopograph.Api.Contracts;

namespace Prosopograph.Api.Entities;

[Description("Another name for an entity; type says what kind of name (pseudonym, birth-name, transliteration, ...).")]
public sealed record AliasItem(string Name, string? Type);

[Description("An entity; `existence` is its lifespan in EDTF (born/died, founded/dissolved, an event's date) when known.")]
public sealed record EntityItem(string Id, string Kind, string Name, IReadOnlyList<AliasItem> Aliases, DateItem? Existence);

[Description("How many relations of one type the entity is the subject (outgoing) and the object (incoming) of.")]
public sealed record RelationCountItem(string Type, int Outgoing, int Incoming);

[Description("A document that mentions the entity, and how many times.")]
public sealed record DocumentMentionsItem(string DocumentId, string Title, int Mentions);

public sealed record EntityDetails(
    string Id,
    string Kind,
    string Name,
    IReadOnlyList<AliasItem> Aliases,
    string? Notes,
    IReadOnlyList<RelationCountItem> RelationCounts,
    IReadOnlyList<DocumentMentionsItem> Documents,
    DateItem? Existence);
