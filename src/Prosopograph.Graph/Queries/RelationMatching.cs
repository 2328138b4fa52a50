using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Queries;

/// <summary>
/// The relation criteria as tests on the corpus's own relations: what the embedded store answers with, and what the
/// export formats built from corpus rows (neo4j-admin CSV, Cypher) select, whichever store serves the graph.
/// </summary>
public static class RelationMatching
{
    /// <summary>The shared criteria as a test on one relation; the type selection is resolved once, not per relation.</summary>
    public static Func<Relation, bool> Matcher(this RelationCriteria criteria, Vocabulary vocabulary)
    {
        var types = criteria.TypeSelection(vocabulary);
        return relation =>
            (types is null || types.Contains(relation.Type))
            && (criteria.Sources is null || criteria.Sources.Contains(VoiceNames.Name(relation.Voice.Source)))
            && (criteria.Stances is null || criteria.Stances.Contains(VoiceNames.Name(relation.Voice.Stance)));
    }

    /// <summary>The relations an export holds: the criteria, and in force as of the year.</summary>
    public static Func<Relation, bool> Matcher(this ExportQuery query, Vocabulary vocabulary)
    {
        var matches = query.Criteria.Matcher(vocabulary);
        return relation => matches(relation) && relation.Validity.Admits(query.AsOf, query.IncludeUndated);
    }
}
