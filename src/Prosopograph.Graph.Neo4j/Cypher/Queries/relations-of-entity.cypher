// A page of the relations touching one entity, in the timeline order of relations.cypher, with the total. Direction 'out' keeps those the entity
// is the subject of, 'in' those it is the object of; a symmetric type ($symmetricTypes) counts both ways.
// The relation criteria, the year filter and the validity filters are those of relations.cypher.
MATCH (:Entity {id: $entity})-[touching]-(:Entity)
WHERE touching.corpusVersion IS NOT NULL
WITH DISTINCT touching AS r
MATCH (s:Entity)-[r]->(o:Entity)
WHERE (($direction <> 'in' AND (s.id = $entity OR (o.id = $entity AND type(r) IN $symmetricTypes)))
       OR ($direction <> 'out' AND (o.id = $entity OR (s.id = $entity AND type(r) IN $symmetricTypes))))
  AND ($types IS NULL OR type(r) IN $types)
  AND ($sources IS NULL OR r.claimSource IN $sources)
  AND ($stances IS NULL OR r.stance IN $stances)
  AND (($from IS NULL AND $to IS NULL)
       OR (r.dated AND (r.spanFrom IS NULL OR $to IS NULL OR r.spanFrom <= $to)
                   AND (r.spanTo IS NULL OR $from IS NULL OR $from <= r.spanTo)))
  AND ($includeUndated OR r.validity <> 'undated')
  AND ($asOf IS NULL OR r.validity = 'undated'
       OR ((r.validFromYear IS NULL OR r.validFromYear <= $asOf) AND (r.validToYear IS NULL OR $asOf <= r.validToYear)))
WITH s, r, o
ORDER BY r.timelineKey, r.id
WITH collect([s, r, o]) AS selected
CALL (selected) {
  UNWIND selected[$offset..($offset + $limit)] AS row
  WITH row[0] AS s, row[1] AS r, row[2] AS o
  RETURN collect(r {.*, type: type(r), source: s {.id, .name, .kind}, target: o {.id, .name, .kind},
                    attributedToEntity: COLLECT { MATCH (a:Entity {id: r.attributedTo}) RETURN a {.id, .name, .kind} }[0]}) AS relations
}
RETURN size(selected) AS total, relations
