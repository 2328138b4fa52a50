using System.Collections.Frozen;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Search;

namespace Prosopograph.Graph.Embedded.Search;

/// <summary>
/// Finds the entities a name search can match without looking at every entity, then ranks only those with the
/// shared <see cref="SearchRanking"/>. Every entity whose names match the query in any way (exact, word, prefix,
/// substring: the name contains the query; fuzzy: a name or word within the allowed edits) is among the candidates,
/// so the order and the total are those of ranking the whole corpus.
/// </summary>
internal sealed class EntitySearchIndex
{
    private readonly Entity[] _entities;
    private readonly SearchName[][] _names;
    private readonly SubstringIndex _substrings;
    private readonly FuzzyIndex _fuzzy;
    private readonly Entity[] _byName;
    private readonly FrozenDictionary<string, Entity[]> _byNameOfKind;

    public EntitySearchIndex(IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, SearchName[]> searchNames)
    {
        _entities = [.. entities];
        _names = _entities.Select(e => searchNames[e.Id]).ToArray();
        var texts = _names.Select(n => (IReadOnlyList<string>)n.Select(name => name.Text).ToArray()).ToArray();
        // The two indexes share nothing while they are built: on two cores, side by side they halve the load's wait.
        var fuzzy = Task.Run(() => new FuzzyIndex(texts));
        _substrings = new SubstringIndex(texts);
        _fuzzy = fuzzy.GetAwaiter().GetResult();

        // Without text every entity matches and the order is by name: ranked once here, a page is then a slice.
        _byName = Rank(Enumerable.Range(0, _entities.Length), null).ToArray();
        _byNameOfKind = _byName.GroupBy(e => e.Kind).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>How big the index is, for the benchmark's memory figures.</summary>
    public string Describe() =>
        $"{_substrings.KeyCount} pieces with {_substrings.PostingCount} postings; " +
        $"{_fuzzy.PrefixCount} prefixes with {_fuzzy.PostingCount} postings and {_fuzzy.VariantCount} deletion variants";

    /// <summary>Every entity (of the kind, if one is given) that matches, in <see cref="SearchRanking"/> order.</summary>
    public IReadOnlyList<Entity> Matches(string? text, string? kind)
    {
        var query = new SearchQuery(text ?? "");
        if (query.IsEmpty)
        {
            return kind is null ? _byName : _byNameOfKind.GetValueOrDefault(kind, []);
        }

        var candidates = Candidates(query);
        return Rank(kind is null ? candidates : candidates.Where(i => _entities[i].Kind == kind), text);
    }

    /// <summary>How many entities a query ranks, for the benchmark's figures.</summary>
    public int CandidateCount(string text) => new SearchQuery(text) is { IsEmpty: false } query ? Candidates(query).Count() : _entities.Length;

    private IEnumerable<int> Candidates(SearchQuery query)
    {
        if (_substrings.Candidates(query.Text) is not { } containing)
        {
            return Enumerable.Range(0, _entities.Length);
        }

        var edits = NameMatcher.AllowedEdits(query.Text.Length);
        if (edits == 0)
        {
            return containing;
        }

        var candidates = new HashSet<int>(containing);
        _fuzzy.AddCandidates(query.Text, edits, candidates);
        return candidates;
    }

    private IReadOnlyList<Entity> Rank(IEnumerable<int> candidates, string? text) =>
        SearchRanking.Rank(candidates, text, i => _names[i], i => _entities[i].Name, i => _entities[i].Id)
            .Select(i => _entities[i])
            .ToList();
}
