MATCH (e:Entity)
WHERE e.corpusVersion IS NOT NULL
RETURN e {.id, .kind, .name, .aliases, .aliasTypes, .notes, .existence, .existenceProvenance} AS entity
ORDER BY e.corpusOrder, e.id
