using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Errors;

public static class KnownEntities
{
    /// <summary>
    /// The first of the given entity ids (nulls are "not given") that names no entity: an unknown id in a
    /// parameter is a 404 naming it, not an empty answer that looks like "no relations".
    /// </summary>
    public static string? FirstUnknown(this CorpusModel corpus, params ReadOnlySpan<string?> ids)
    {
        foreach (var id in ids)
        {
            if (id is not null && !corpus.EntitiesById.ContainsKey(id))
            {
                return id;
            }
        }

        return null;
    }
}
