using System.ComponentModel;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Vocabulary;

[Description("""
    A relation type of the vocabulary and how many relations use it. `temporal` says whether it is an act at a
    date (`point`: executed) or a state of affairs over a period (`interval`: member of); it decides what "as of" means.
    `broader` is the type it is a kind of (SKOS broader: `executed` is narrower than `killed`), `narrower` the types
    that are kinds of it, one level down; a type filter includes the narrower types unless `exact=true`. `family`
    groups types by what they are about (violence, membership, ...). The count is of this exact type.
    """)]
public sealed record RelationTypeItem(
    string Id,
    string Label,
    string Inverse,
    string Description,
    IReadOnlyList<string> SubjectKinds,
    IReadOnlyList<string> ObjectKinds,
    bool Symmetric,
    Temporality Temporal,
    string? Broader,
    IReadOnlyList<string> Narrower,
    string? Family,
    int Count);

[Description("An entity kind of the vocabulary and how many entities are of that kind.")]
public sealed record EntityKindItem(string Id, string Label, string Description, int Count);
