// One page of the exported entities in corpus order, after the last entity of the previous page ($afterOrder and
// $afterId, its corpusOrder and id; null for the first page): keyset paging, so the service holds one page at a
// time, never the graph. Without an index on corpusOrder Neo4j scans the entities for each page (docs/neo4j.md).
MATCH (e:Entity)
WHERE e.corpusVersion IS NOT NULL
  AND ($afterOrder IS NULL OR e.corpusOrder > $afterOrder OR (e.corpusOrder = $afterOrder AND e.id > $afterId))
RETURN e {.id, .kind, .name, .aliases, .aliasTypes, .notes, .existence, .existenceProvenance} AS entity,
       e.corpusOrder AS corpusOrder
ORDER BY e.corpusOrder, e.id
LIMIT $limit
