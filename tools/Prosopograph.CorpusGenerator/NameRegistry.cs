namespace Prosopograph.CorpusGenerator;

/// <summary>
/// The names and ids already given. The loader rejects a name (or alias) that two entities share, since a mention
/// could not be credited to one of them: namesakes are told apart by a patronymic, a middle name or their dates,
/// as a register would, and a surname alone is an alias of the first person to claim it only.
/// </summary>
internal sealed class NameRegistry
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public bool IsFree(string name) => !_names.Contains(name);

    public bool Claim(string name) => _names.Add(name);

    /// <summary>Claims the first free candidate, or null when all are taken.</summary>
    public string? ClaimFirst(IEnumerable<string> candidates) => candidates.FirstOrDefault(Claim);

    public void AddAlias(GeneratedEntity entity, string? name, string? type, bool usedInText = false)
    {
        if (name is null || name == entity.Name || !Claim(name))
        {
            return;
        }

        entity.Aliases.Add(new AliasSpec(name, type));
        if (usedInText)
        {
            entity.TextForms.Add(name);
        }
    }

    public string ClaimId(string name)
    {
        var stem = NameForms.Slug(name);
        var id = stem;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}
