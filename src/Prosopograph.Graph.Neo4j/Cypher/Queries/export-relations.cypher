// Every relation meeting the relation criteria of relations.cypher, in corpus order.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.corpusVersion IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($sources IS NULL OR r.claimSource IN $sources)
  AND ($stances IS NULL OR r.stance IN $stances)
RETURN r {.*, type: type(r), source: s {.id, .name, .kind}, target: o {.id, .name, .kind}} AS relation
ORDER BY r.corpusOrder, r.id
