// A page of the dated relations (of one entity, or all) in chronological order, with the total: timelineKey sorts
// like CalendarDate, so 1927 comes before 1927-03-01 (see TimelineKey). Same relation criteria, year and validity
// filters as relations.cypher.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.corpusVersion IS NOT NULL AND r.timelineKey IS NOT NULL
  AND ($entity IS NULL OR s.id = $entity OR o.id = $entity)
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
