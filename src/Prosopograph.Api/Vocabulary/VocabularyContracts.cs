using System.ComponentModel;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Vocabulary;

[Description("""
    A relation type of the vocabulary and how many relations use it. `temporal` says whether it is an act at a
    date (`point`: executed) or a state of affairs over a period (`interval`: member of); it decides what "as of" means.
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
    int Count);

[Description("An entity kind of the vocabulary and how many entities are of that kind.")]
public sealed record EntityKindItem(string Id, string Label, string Description, int Count);
