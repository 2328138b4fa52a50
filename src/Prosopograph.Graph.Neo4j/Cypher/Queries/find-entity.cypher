// One entity, each corpus relation touching it once (with whether it leaves or reaches the entity, both for a
// self-loop), and the documents mentioning it with their mention counts. Counting and ordering happen in the service.
MATCH (e:Entity {id: $id})
WHERE e.corpusVersion IS NOT NULL
RETURN e {.id, .kind, .name, .aliases, .aliasTypes, .notes, .existence, .existenceProvenance} AS entity,
       COLLECT {
         MATCH (e)-[r]-(:Entity)
         WHERE r.corpusVersion IS NOT NULL
         WITH DISTINCT r
         RETURN {type: type(r), outgoing: startNode(r) = e, incoming: endNode(r) = e}
       } AS relations,
       COLLECT {
         MATCH (d:Document)-[m:MENTIONS]->(e)
         WHERE m.corpusVersion IS NOT NULL
         WITH d, count(m) AS mentions
         RETURN {documentId: d.id, title: d.title, mentions: mentions}
       } AS documents
