using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Loading;

/// <summary>
/// Reads a relation's voice (source, attributedTo) and stance (stance, disputedBy) and checks that they fit
/// together; whether the entities they name exist is checked later, across all files.
/// </summary>
internal static class VoiceReader
{
    public static Voice? Read(YamlMap map, string context, ErrorSink errors)
    {
        var before = errors.Count;
        var source = Parse<ClaimSource>(map, "source", ClaimSource.Author, VoiceNames.Sources, context, errors);
        var stance = Parse<ClaimStance>(map, "stance", ClaimStance.Asserted, VoiceNames.Stances, context, errors);
        var attributedTo = map.Text("attributedTo");
        var disputedBy = map.Text("disputedBy");
        if (source is ClaimSource.Quoted or ClaimSource.Reported && attributedTo is null)
        {
            errors.Add(map.LineOf("source"), $"{context}a {VoiceNames.Name(source.Value)} claim needs 'attributedTo': who makes it");
        }
        else if (source == ClaimSource.Author && attributedTo is not null)
        {
            errors.Add(map.LineOf("attributedTo"), $"{context}a claim in the author's own voice has no 'attributedTo'; drop it or set 'source' to quoted or reported");
        }

        if (stance == ClaimStance.Disputed && disputedBy is null)
        {
            errors.Add(map.LineOf("stance"), $"{context}a disputed claim needs 'disputedBy': '{Voice.Author}' or the id of the entity that disputes it");
        }
        else if (stance == ClaimStance.Asserted && disputedBy is not null)
        {
            errors.Add(map.LineOf("disputedBy"), $"{context}'disputedBy' needs 'stance: disputed'");
        }

        if (errors.Count > before)
        {
            return null;
        }

        // Most claims are the author's own: one shared instance instead of one per relation.
        var voice = new Voice(source!.Value, attributedTo, stance!.Value, disputedBy);
        return voice == Voice.OfAuthor ? Voice.OfAuthor : voice;
    }

    private static T? Parse<T>(YamlMap map, string key, T fallback, IReadOnlyList<string> names, string context, ErrorSink errors)
        where T : struct, Enum
    {
        var text = map.Text(key);
        if (text is null)
        {
            return fallback;
        }

        if (VoiceNames.Parse<T>(text) is { } value)
        {
            return value;
        }

        errors.Add(map.LineOf(key), $"{context}unknown {key} '{text}' (expected {string.Join(", ", names)})");
        return null;
    }
}
