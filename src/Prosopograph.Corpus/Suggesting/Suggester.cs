using System.Text;
using Prosopograph.Corpus.Model;
using Prosopograph.Corpus.Text;

namespace Prosopograph.Corpus.Suggesting;

public sealed record CandidateEntity(string Name, string SuggestedId, IReadOnlyList<(int Start, int End)> Mentions);

/// <summary>A sentence that may state a relation: its text verbatim, its code-point offsets, the words that suggest it.</summary>
public sealed record CandidateRelation(
    string Quote, int Start, int End, IReadOnlyList<(string Word, string Type)> Cues, IReadOnlyList<string> KnownEntities, IReadOnlyList<string> CandidateNames);

public sealed record Suggestion(
    string Text, IReadOnlyList<Mention> KnownMentions, IReadOnlyList<CandidateEntity> CandidateEntities, IReadOnlyList<CandidateRelation> CandidateRelations);

/// <summary>
/// Drafts an annotation of a new text for a curator to finish: mentions of entities the corpus knows (the loader's
/// own matcher), capitalised names it does not know as candidate entities, and sentences with a relation word as
/// candidate relations. It proposes; it decides nothing and writes nothing.
/// </summary>
public static class Suggester
{
    public static Suggestion Suggest(string documentId, string text, IReadOnlyList<Entity> knownEntities)
    {
        var document = new Document(documentId, "", "", null, "", null, "", text);
        var known = MentionFinder.Find(document, knownEntities);
        var codePoints = new CodePoints(text);
        var knownSpans = KnownSpans(text, known);
        var sentences = Sentences.Of(text);
        var names = NameCandidates.In(text, sentences).Where(n => !knownSpans.Any(k => k.Overlaps(n.At))).ToList();
        var candidates = names
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .Select(g => new CandidateEntity(g.Key, SuggestedId(g.Key), g.Select(n => (codePoints.FromUtf16(n.At.Start), codePoints.FromUtf16(n.At.End))).ToList()))
            .ToList();
        var relations = sentences
            .Select(sentence => (sentence, cues: RelationCues.In(text[sentence.Start..sentence.End])))
            .Where(s => s.cues.Count > 0)
            .Select(s => new CandidateRelation(
                text[s.sentence.Start..s.sentence.End],
                codePoints.FromUtf16(s.sentence.Start),
                codePoints.FromUtf16(s.sentence.End),
                s.cues,
                known.Where(m => m.Start >= codePoints.FromUtf16(s.sentence.Start) && m.End <= codePoints.FromUtf16(s.sentence.End)).Select(m => m.EntityId).Distinct().ToList(),
                names.Where(n => s.sentence.Start <= n.At.Start && n.At.End <= s.sentence.End).Select(n => n.Name).Distinct().ToList()))
            .ToList();
        return new Suggestion(text, known, candidates, relations);
    }

    // Mentions carry code-point offsets; the name finder works in UTF-16, so the spans are found again by surface.
    private static List<Span> KnownSpans(string text, IReadOnlyList<Mention> known)
    {
        var spans = new List<Span>();
        foreach (var group in known.GroupBy(m => m.Surface))
        {
            spans.AddRange(Occurrences.OfWord(text, group.Key).Select(at => new Span(at, at + group.Key.Length)));
        }

        return spans;
    }

    private static string SuggestedId(string name)
    {
        var id = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c == '-') && id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().Trim('-');
    }
}
