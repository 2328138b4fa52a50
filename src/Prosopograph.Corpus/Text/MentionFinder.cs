using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Text;

/// <summary>
/// Finds every whole-word, case-sensitive occurrence of an entity's name or alias in a document, and of the phrases
/// the entity has in that document only. Where names overlap ("Ramon Mercader" and "Mercader") the longest wins,
/// so each stretch of text mentions one entity once. Built once for a set of entities, it reads each document in one
/// pass whatever the number of names (see <see cref="NameTable"/>).
/// </summary>
public sealed class MentionFinder
{
    private readonly NameTable _names = new();
    private readonly Dictionary<string, NameTable> _phrasesByDocument = new(StringComparer.Ordinal);

    public MentionFinder(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            var names = entity.AllNames.ToList();
            foreach (var name in names)
            {
                _names.Add(name, entity.Id);
            }

            // A phrase that is also one of the entity's names is one candidate, not two.
            foreach (var phrase in entity.Phrases.DistinctBy(p => (p.Text, p.DocumentId)).Where(p => !names.Contains(p.Text, StringComparer.Ordinal)))
            {
                if (!_phrasesByDocument.TryGetValue(phrase.DocumentId, out var table))
                {
                    _phrasesByDocument[phrase.DocumentId] = table = new NameTable();
                }

                table.Add(phrase.Text, entity.Id);
            }
        }
    }

    public static IReadOnlyList<Mention> Find(Document document, IEnumerable<Entity> entities) => new MentionFinder(entities).Find(document);

    public IReadOnlyList<Mention> Find(Document document)
    {
        var candidates = new List<NameOccurrence>();
        _names.FindIn(document.Text, candidates);
        if (_phrasesByDocument.TryGetValue(document.Id, out var phrases))
        {
            phrases.FindIn(document.Text, candidates);
        }

        candidates.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At)
            : a.Name.Length != b.Name.Length ? b.Name.Length.CompareTo(a.Name.Length)
            : string.CompareOrdinal(a.EntityId, b.EntityId));
        var codePoints = new CodePoints(document.Text);
        var mentions = new List<Mention>();
        var coveredUntil = 0;
        foreach (var (at, name, entity) in candidates)
        {
            if (at < coveredUntil)
            {
                continue;
            }

            coveredUntil = at + name.Length;
            mentions.Add(new Mention(document.Id, entity, name, codePoints.FromUtf16(at), codePoints.FromUtf16(coveredUntil)));
        }

        return mentions;
    }
}
