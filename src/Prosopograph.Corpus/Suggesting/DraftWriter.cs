using System.Globalization;
using System.Text;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Suggesting;

/// <summary>
/// Writes a suggestion as a draft in the annotation format, every guess marked TODO or commented, so that the
/// loader rejects it until a curator has decided each one: a draft is never mistaken for an annotation.
/// </summary>
public static class DraftWriter
{
    public static string Write(string documentId, string textFile, Suggestion suggestion, Vocabulary? vocabulary)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# Draft by `prosopograph suggest`: every TODO needs a curator's decision; nothing here is evidence yet.");
        yaml.AppendLine("document:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  id: {documentId}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  text: {Quote(textFile)}");
        yaml.AppendLine("  title: TODO\n  author: TODO\n  language: TODO");
        yaml.AppendLine("# Known entities mentioned (reference them by id; declare them here only to add names):");
        foreach (var group in suggestion.KnownMentions.GroupBy(m => m.EntityId).OrderBy(g => g.Min(m => m.Start)))
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"#   {group.Key}: {group.Count()} mention(s), first \"{group.First().Surface}\" at {group.First().Start}-{group.First().End}");
        }

        yaml.AppendLine("entities:");
        foreach (var candidate in suggestion.CandidateEntities)
        {
            var first = candidate.Mentions[0];
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - id: {candidate.SuggestedId}   # {candidate.Mentions.Count} mention(s), first at {first.Start}-{first.End}");
            yaml.AppendLine("    kind: TODO");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    name: {Quote(candidate.Name)}");
        }

        yaml.AppendLine("relations:");
        var number = 0;
        foreach (var relation in suggestion.CandidateRelations)
        {
            var types = relation.Cues.Select(c => vocabulary?.FindType(c.Type) is null && vocabulary is not null ? $"{c.Word}" : $"{c.Word} -> {c.Type}");
            var parties = relation.KnownEntities.Concat(relation.CandidateNames.Select(n => $"\"{n}\"?"));
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - id: r-todo-{++number}   # cues: {string.Join(", ", types)}; in the sentence: {string.Join(", ", parties)}");
            yaml.AppendLine("    type: TODO\n    subject: TODO\n    object: TODO\n    evidence:");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"      - quote: {Quote(relation.Quote)}   # {relation.Start}-{relation.End}; shorten to what states the relation");
        }

        return yaml.ToString();
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
