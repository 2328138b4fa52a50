// One page of the relations meeting the relation criteria of relations.cypher, in force as of $asOf as
// neighbourhood.cypher selects them, in corpus order after the last relation of the previous page ($afterOrder and
// $afterId; null for the first page), paged as export-entities.cypher is.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.corpusVersion IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($sources IS NULL OR r.claimSource IN $sources)
  AND ($stances IS NULL OR r.stance IN $stances)
  AND ($includeUndated OR r.validity <> 'undated')
  AND ($asOf IS NULL OR r.validity = 'undated'
       OR ((r.validFromYear IS NULL OR r.validFromYear <= $asOf) AND (r.validToYear IS NULL OR $asOf <= r.validToYear)))
  AND ($afterOrder IS NULL OR r.corpusOrder > $afterOrder OR (r.corpusOrder = $afterOrder AND r.id > $afterId))
RETURN r {.*, type: type(r), source: s {.id, .name, .kind}, target: o {.id, .name, .kind},
          attributedToEntity: COLLECT { MATCH (a:Entity {id: r.attributedTo}) RETURN a {.id, .name, .kind} }[0]} AS relation,
       r.corpusOrder AS corpusOrder
ORDER BY r.corpusOrder, r.id
LIMIT $limit
