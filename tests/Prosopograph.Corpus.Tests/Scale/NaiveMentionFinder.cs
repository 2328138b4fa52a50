using Prosopograph.Corpus.Model;
using Prosopograph.Corpus.Text;

namespace Prosopograph.Corpus.Tests.Scale;

/// <summary>
/// The mention finder as it was before it had to scale: every name of every entity searched for in the document in
/// turn. Too slow for a large corpus, plain enough to be right: the test oracle for <see cref="MentionFinder"/>.
/// </summary>
internal static class NaiveMentionFinder
{
    public static IReadOnlyList<Mention> Find(Document document, IEnumerable<Entity> entities)
    {
        var candidates = entities
            .SelectMany(entity => NamesIn(document, entity).SelectMany(name =>
                Occurrences.OfWord(document.Text, name).Select(at => (Entity: entity.Id, Name: name, At: at))))
            .OrderBy(c => c.At)
            .ThenByDescending(c => c.Name.Length)
            .ThenBy(c => c.Entity, StringComparer.Ordinal);

        var codePoints = new CodePoints(document.Text);
        var mentions = new List<Mention>();
        var coveredUntil = 0;
        foreach (var (entity, name, at) in candidates)
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

    private static IEnumerable<string> NamesIn(Document document, Entity entity) =>
        entity.AllNames.Concat(entity.Phrases.Where(p => p.DocumentId == document.Id).Select(p => p.Text)).Distinct(StringComparer.Ordinal);
}
