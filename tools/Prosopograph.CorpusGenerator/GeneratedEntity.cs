namespace Prosopograph.CorpusGenerator;

internal sealed record AliasSpec(string Name, string? Type);

/// <summary>
/// One entity of the corpus being generated. The table of entities is the only state that grows with the corpus
/// (about a tenth of the relation count); texts and relations are written document by document.
/// </summary>
internal sealed class GeneratedEntity(int index, string kind, int rank)
{
    public int Index { get; } = index;

    public string Kind { get; } = kind;

    /// <summary>Its rank among entities of its kind: rank 0 is drawn most often, so it becomes the biggest hub.</summary>
    public int Rank { get; } = rank;

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public List<AliasSpec> Aliases { get; } = [];

    /// <summary>How the texts write its name: the name itself and the aliases a text would use (surname, typo, pseudonym).</summary>
    public List<string> TextForms { get; } = [];

    public DateSpec? Existence { get; set; }

    public string? Notes { get; set; }

    /// <summary>The years it can plausibly act in, for dating its relations.</summary>
    public int ActiveFrom { get; set; } = 1880;

    public int ActiveTo { get; set; } = 1960;

    /// <summary>The document that declared it first; later documents that need a phrase for it declare it again.</summary>
    public int DeclaredInDocument { get; set; } = -1;

    public int Degree { get; set; }

    public string TextForm(Rng rng) => TextForms.Count == 1 || rng.Chance(0.65) ? Name : rng.Pick(TextForms);
}
