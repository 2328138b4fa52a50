// The entities a name search ranks: those with a folded name or word the full-text query matches ($query is built
// in the service from the folded, escaped search text, see Store/FullTextSearch.cs). The ranking (exact > word >
// prefix > substring > fuzzy) runs in the service with the same SearchRanking as the embedded store. Reads serve
// corpus data only (corpusVersion set): every served fact has evidence.
CALL db.index.fulltext.queryNodes('entity_search_terms', $query) YIELD node AS e
WITH e
WHERE e.corpusVersion IS NOT NULL AND ($kind IS NULL OR e.kind = $kind)
RETURN e {.id, .kind, .name, .aliases, .aliasTypes, .existence, .existenceProvenance} AS entity
