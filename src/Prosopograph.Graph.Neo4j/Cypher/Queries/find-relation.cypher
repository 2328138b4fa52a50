MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.id = $id AND r.corpusVersion IS NOT NULL
RETURN r {.*, type: type(r), source: s {.id, .name, .kind}, target: o {.id, .name, .kind},
          attributedToEntity: COLLECT { MATCH (a:Entity {id: r.attributedTo}) RETURN a {.id, .name, .kind} }[0]} AS relation
LIMIT 1
