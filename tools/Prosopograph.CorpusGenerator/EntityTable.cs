namespace Prosopograph.CorpusGenerator;

/// <summary>
/// Every entity of the corpus, made up front in rank order per kind so that the hubs (rank 0, 1, ...) get the
/// plainest names and claim the bare surnames, as the best-known figures do.
/// </summary>
internal sealed class EntityTable
{
    // Shares of the entities by kind, roughly those of the seed essay and of party registers: mostly people.
    private static readonly Dictionary<string, double> Shares = new()
    {
        ["person"] = 0.55, ["group"] = 0.07, ["party"] = 0.06, ["institution"] = 0.09, ["state"] = 0.02,
        ["event"] = 0.08, ["work"] = 0.06, ["place"] = 0.04, ["doctrine"] = 0.015, ["position"] = 0.015,
    };

    // There are only so many states; past this a larger corpus gets more relations per state, not more states.
    private const int MaxStates = 400;
    private const int MinPerKind = 4;

    private readonly Dictionary<string, List<GeneratedEntity>> _byKind = [];
    private readonly Dictionary<string, ZipfSampler> _samplers = [];

    public EntityTable(IReadOnlyList<string> kinds, int count, Rng rng)
    {
        var names = new EntityNamer(rng, new NameRegistry());
        var index = 0;
        foreach (var kind in kinds)
        {
            var share = Shares.GetValueOrDefault(kind, 0.02);
            var size = Math.Max(MinPerKind, (int)Math.Round(count * share));
            size = kind == "state" ? Math.Min(size, MaxStates) : size;
            var entities = new List<GeneratedEntity>(size);
            for (var rank = 0; rank < size; rank++)
            {
                var entity = new GeneratedEntity(index++, kind, rank);
                names.Name(entity);
                entities.Add(entity);
            }

            _byKind[kind] = entities;
            _samplers[kind] = new ZipfSampler(size, kind == "person" ? 0.85 : 0.8);
        }

        All = _byKind.Values.SelectMany(e => e).ToList();
    }

    public IReadOnlyList<GeneratedEntity> All { get; }

    /// <summary>How often a kind is drawn when a type allows several: by its share, flattened so rare kinds still show.</summary>
    public double Weight(string kind) => Math.Pow(_byKind[kind].Count, 0.7);

    public GeneratedEntity Draw(string kind, Rng rng) => _byKind[kind][_samplers[kind].Next(rng)];

    public GeneratedEntity Top(string kind) => _byKind[kind][0];
}
