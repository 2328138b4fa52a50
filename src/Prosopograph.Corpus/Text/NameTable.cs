namespace Prosopograph.Corpus.Text;

/// <summary>
/// Finds the whole-word occurrences of many names in one pass over a text, where searching for each name in turn
/// costs the text's length times the number of names. A whole-word occurrence of a name that begins with a letter or
/// digit begins where a run of letters and digits begins, and that run equals the name's own first run; so each run
/// of the text is looked up once, and only the names that start with it are compared. A name that begins otherwise
/// (a quotation mark, a space) can start anywhere, and is searched for on its own, as before.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, List<(string Name, string EntityId)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string Name, string EntityId)> _others = [];

    public bool IsEmpty => _byFirstWord.Count == 0 && _others.Count == 0;

    public void Add(string name, string entityId)
    {
        if (name.Length == 0 || !char.IsLetterOrDigit(name[0]))
        {
            _others.Add((name, entityId));
            return;
        }

        var first = name[..Words.RunLength(name, 0)];
        if (!_byFirstWord.TryGetValue(first, out var names))
        {
            _byFirstWord[first] = names = [];
        }

        names.Add((name, entityId));
    }

    /// <summary>Adds every whole-word occurrence in <paramref name="text"/> of every name to <paramref name="found"/>.</summary>
    public void FindIn(string text, List<NameOccurrence> found)
    {
        if (_byFirstWord.Count > 0)
        {
            var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var at = 0; at < text.Length; at++)
            {
                if (!char.IsLetterOrDigit(text[at]))
                {
                    continue;
                }

                var length = Words.RunLength(text, at);
                if (lookup.TryGetValue(text.AsSpan(at, length), out var names))
                {
                    foreach (var (name, entityId) in names)
                    {
                        if (text.AsSpan(at).StartsWith(name, StringComparison.Ordinal) && Words.IsBoundary(text, at + name.Length))
                        {
                            found.Add(new NameOccurrence(at, name, entityId));
                        }
                    }
                }

                at += length; // the character after a run is no letter or digit, so no name starts there
            }
        }

        foreach (var (name, entityId) in _others)
        {
            found.AddRange(Occurrences.OfWord(text, name).Select(at => new NameOccurrence(at, name, entityId)));
        }
    }
}

/// <summary>A name of an entity found at a UTF-16 index of a text.</summary>
internal readonly record struct NameOccurrence(int At, string Name, string EntityId);
