using System.Text;
using Prosopograph.Graph.Search;

namespace Prosopograph.Graph.Neo4j.Store;

/// <summary>
/// How a name search meets Neo4j's full-text index <c>entity_search_terms</c>. Each entity's <c>searchTerms</c> holds,
/// separated by spaces, every folded name whole (its spaces written as <see cref="Joiner"/>) and every word of it; the
/// index splits on whitespace only, so those are exactly its terms. The query asks for the terms containing the folded
/// search text (<c>*text*</c>) and, where the search allows edits, the terms within that many (<c>text~k</c>): the
/// entities the service's ranking can match, since a name contains the text, or a name or word lies within k edits
/// of it, exactly when one of these terms does.
/// </summary>
public static class FullTextSearch
{
    /// <summary>Stands for a space inside a whole name; folding leaves only letters, digits and spaces, so it is free.</summary>
    public const char Joiner = '_';

    public static string Terms(IEnumerable<string> names)
    {
        var folded = names.Select(NameNormalizer.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return string.Join(' ', folded.Select(Joined).Concat(folded.SelectMany(n => n.Split(' '))).Distinct(StringComparer.Ordinal));
    }

    /// <summary>The Lucene query for a search text that folds to something; the user's text is folded and escaped, never syntax.</summary>
    public static string Query(SearchQuery query)
    {
        var term = Escape(Joined(query.Text));
        var edits = NameMatcher.AllowedEdits(query.Text.Length);
        return edits == 0 ? $"*{term}*" : $"*{term}* OR {term}~{edits}";
    }

    /// <summary>A backslash before every character Lucene's query syntax gives a meaning, whitespace included.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '+' or '-' or '&' or '|' or '!' or '(' or ')' or '{' or '}' or '[' or ']' or '^' or '"' or '~' or '*' or '?' or ':' or '\\' or '/'
                || char.IsWhiteSpace(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Joined(string folded) => folded.Replace(' ', Joiner);
}
