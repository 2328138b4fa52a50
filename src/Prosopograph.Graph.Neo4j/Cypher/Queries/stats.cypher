// Counts of what the corpus put in the graph; the service orders the keys.
RETURN COUNT { MATCH (d:Document) WHERE d.corpusVersion IS NOT NULL } AS documents,
       COUNT { MATCH (:Document)-[m:MENTIONS]->(:Entity) WHERE m.corpusVersion IS NOT NULL } AS mentions,
       COLLECT {
         MATCH (e:Entity) WHERE e.corpusVersion IS NOT NULL
         WITH e.kind AS key, count(*) AS count
         RETURN {key: key, count: count}
       } AS entitiesByKind,
       COLLECT {
         MATCH (:Entity)-[r]->(:Entity) WHERE r.corpusVersion IS NOT NULL
         WITH type(r) AS key, count(*) AS count
         RETURN {key: key, count: count}
       } AS relationsByType
