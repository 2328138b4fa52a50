// A page of relations in timeline order (timelineKey sorts like PartialDate; undated relations, whose key is null,
// come last, as null sorts last), then by id, with the total. The relation criteria (RelationCriteria, the same in
// every statement that returns relations): a type in $types, a claim source in $sources, a stance in $stances;
// null = any. Years: a relation is kept when its own dates (spanFrom..spanTo,
// open where null) overlap $from..$to; an undated one has no years and is dropped as soon as either bound is given.
// $asOf and $includeUndated select by validity as neighbourhood.cypher does.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.corpusVersion IS NOT NULL
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
