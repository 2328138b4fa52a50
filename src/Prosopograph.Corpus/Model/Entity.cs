namespace Prosopograph.Corpus.Model;

/// <summary>Another name for an entity; <see cref="Type"/> says what kind of name (pseudonym, birth-name, transliteration, ...).</summary>
public sealed record Alias(string Name, string? Type = null);

/// <summary>A document-scoped phrase for an entity: it tags mentions in <see cref="DocumentId"/> only.</summary>
public sealed record Phrase(string Text, string DocumentId);

/// <summary>A person, party, state, ...; <see cref="Existence"/> is its lifespan (born/died, founded/dissolved, an event's date).</summary>
public sealed record Entity(
    string Id,
    string Kind,
    string Name,
    IReadOnlyList<Alias> Aliases,
    string? Notes,
    IReadOnlyList<string> DeclaredIn,
    SourcedDate? Existence = null)
{
    /// <summary>
    /// Phrases that stand for the entity only in the document that declares them ("the Party", "the dictator"):
    /// not names, so never searched and never matched in another document.
    /// </summary>
    public IReadOnlyList<Phrase> Phrases { get; init; } = [];

    /// <summary>The canonical name followed by every alias, without repeats.</summary>
    public IEnumerable<string> AllNames => Aliases.Select(a => a.Name).Prepend(Name).Distinct(StringComparer.Ordinal);
}

