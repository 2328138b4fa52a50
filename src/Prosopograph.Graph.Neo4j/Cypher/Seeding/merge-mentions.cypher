// A mention is identified by its document, entity and offsets: MERGE on them makes a re-run a no-op.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MATCH (e:Entity {id: row.entityId})
MERGE (d)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.surface = row.surface,
    m.corpusOrder = row.corpusOrder,
    m.corpusVersion = $version
