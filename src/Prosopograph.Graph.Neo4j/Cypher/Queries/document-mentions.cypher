// The mentions in a document in text order (corpus order among mentions at the same offset), optionally of one
// entity; no row when the document is unknown, an empty list when nothing is mentioned.
MATCH (d:Document {id: $documentId})
WHERE d.corpusVersion IS NOT NULL
RETURN COLLECT {
  MATCH (d)-[m:MENTIONS]->(e:Entity)
  WHERE m.corpusVersion IS NOT NULL AND ($entityId IS NULL OR e.id = $entityId)
  WITH m, e
  ORDER BY m.start, m.corpusOrder
  RETURN {entity: e {.id, .name, .kind}, surface: m.surface, start: m.start, end: m.end}
} AS mentions
