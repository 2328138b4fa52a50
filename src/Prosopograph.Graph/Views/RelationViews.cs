using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Views;

public sealed record EvidenceView(string DocumentId, string Quote, int Start, int End);

/// <summary>An EDTF date and its provenance (text, editorial, text/editorial, editorial/text).</summary>
public sealed record DateView(string Edtf, string Provenance);

/// <summary>When a relation is in force: kind dated, bounded or undated; From/To calendar dates, null where open.</summary>
public sealed record ValidityView(string Kind, string? From, string? To);

/// <summary>A relation as every endpoint returns it: both ends named, dates as the text gives them, its evidence.</summary>
public sealed record RelationView(
    string Id,
    string Type,
    EntityRef Source,
    EntityRef Target,
    DateView? Date,
    ValidityView Validity,
    VoiceView Voice,
    IReadOnlyList<EvidenceView> Evidence,
    string? Note);

/// <summary>Who makes a claim (source, attributedTo) and how the author treats it (stance, disputedBy: "author" or an entity id).</summary>
public sealed record VoiceView(string Source, EntityRef? AttributedTo, string Stance, string? DisputedBy);

/// <summary>A relation type with its place in the type tree (broader, narrower, family) and how many relations use it.</summary>
public sealed record RelationTypeUsage(
    string Id,
    string Label,
    string Inverse,
    string Description,
    IReadOnlyList<string> SubjectKinds,
    IReadOnlyList<string> ObjectKinds,
    bool Symmetric,
    string Temporal,
    string? Broader,
    IReadOnlyList<string> Narrower,
    string? Family,
    int Count)
{
    /// <summary>Every store describes the vocabulary the same way; only the count comes from its data.</summary>
    public static RelationTypeUsage Of(RelationType type, Vocabulary vocabulary, int count) => new(
        type.Id, type.Label, type.Inverse, type.Description, type.SubjectKinds, type.ObjectKinds, type.Symmetric,
        type.Temporal.ToString().ToLowerInvariant(), type.Broader, vocabulary.NarrowerOf(type.Id), type.Family, count);
}
