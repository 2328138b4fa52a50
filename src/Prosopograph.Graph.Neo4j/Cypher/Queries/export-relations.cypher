MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.corpusVersion IS NOT NULL
RETURN r {.*, type: type(r), source: s {.id, .name, .kind}, target: o {.id, .name, .kind}} AS relation
ORDER BY r.corpusOrder, r.id
