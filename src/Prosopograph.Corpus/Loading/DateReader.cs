using Prosopograph.Corpus.Model;

namespace Prosopograph.Corpus.Loading;

/// <summary>Reads an EDTF date and its provenance, reporting every problem at the line of the key that has it.</summary>
internal static class DateReader
{
    /// <summary>
    /// A date (<paramref name="dateKey"/>) with its provenance (<paramref name="provenanceKey"/>, default text). An
    /// editorial date comes from outside the text, so <paramref name="noteKey"/> must say from where.
    /// </summary>
    public static SourcedDate? Read(YamlMap map, string dateKey, string provenanceKey, string noteKey, string context, ErrorSink errors)
    {
        var date = ReadDate(map, dateKey, context, errors);
        var provenanceText = map.Text(provenanceKey);
        if (provenanceText is null)
        {
            return date is null ? null : new SourcedDate(date, DateProvenance.Text);
        }

        var line = map.LineOf(provenanceKey);
        if (DateProvenance.Parse(provenanceText) is not { } provenance)
        {
            errors.Add(line, $"{context}unknown {provenanceKey} '{provenanceText}' (expected {DateProvenance.Format})");
            return null;
        }

        if (map.Node(dateKey) is null)
        {
            errors.Add(line, $"{context}{provenanceKey} without a {dateKey}");
            return null;
        }

        if (date is null)
        {
            return null;
        }

        var problem = (provenance.IsTwoPart && !date.IsInterval, provenance.HasEditorial && map.Text(noteKey) is null) switch
        {
            (true, _) => $"{provenanceKey} '{provenance}' gives a start and an end, but {dateKey} '{date}' is a point; use text or editorial",
            (_, true) => $"{provenanceKey} '{provenance}' is editorial, so '{noteKey}' must say where {dateKey} '{date}' comes from",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(line, context + problem);
            return null;
        }

        return new SourcedDate(date, provenance);
    }

    /// <summary>A plain point date without provenance, as a document's own date is.</summary>
    public static EdtfDate? ReadPoint(YamlMap map, string key, string context, ErrorSink errors)
    {
        var date = ReadDate(map, key, context, errors);
        if (date is { IsInterval: true })
        {
            errors.Add(map.LineOf(key), $"{context}{key} '{date}' must be a single date, not an interval");
            return null;
        }

        return date;
    }

    private static EdtfDate? ReadDate(YamlMap map, string key, string context, ErrorSink errors)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }

        if (EdtfDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        errors.Add(map.LineOf(key), $"{context}bad {key} '{text}': {error}");
        return null;
    }
}
