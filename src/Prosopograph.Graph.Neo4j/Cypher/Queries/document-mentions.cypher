// The mentions in a document in text order (corpus order among mentions at the same offset), optionally of one
// entity; no row when the document is unknown, an empty list when nothing is mentioned. The order is set by
// RETURN ... ORDER BY inside the COLLECT subquery, the form the Cypher manual documents as keeping it.
MATCH (d:Document {id: $documentId})
WHERE d.corpusVersion IS NOT NULL
RETURN COLLECT {
  MATCH (d)-[m:MENTIONS]->(e:Entity)
  WHERE m.corpusVersion IS NOT NULL AND ($entityId IS NULL OR e.id = $entityId)
  RETURN {entity: e {.id, .name, .kind}, surface: m.surface, start: m.start, end: m.end}
  ORDER BY m.start, m.corpusOrder
} AS mentions
