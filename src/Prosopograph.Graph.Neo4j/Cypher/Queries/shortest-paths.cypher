// Every shortest path (direction ignored) of at most $maxLength hops over the selected relations (as in
// neighbourhood.cypher); {0,6} allows the API's maximum length and a zero-length path when $from = $to.
// The service orders the paths by their relation ids and keeps the first $limit, as the embedded store does; at
// most $pathCap paths come back, so that two entities joined through hubs do not ship millions (the service says
// the answer is truncated when the cap is reached). Evidence and note only when $includeEvidence.
MATCH p = ALL SHORTEST (a:Entity {id: $from})
      ((:Entity)-[step]-(:Entity)
        WHERE step.corpusVersion IS NOT NULL AND ($types IS NULL OR type(step) IN $types)
          AND ($sources IS NULL OR step.claimSource IN $sources) AND ($stances IS NULL OR step.stance IN $stances)
          AND ($includeUndated OR step.validity <> 'undated')
          AND ($asOf IS NULL OR step.validity = 'undated'
               OR ((step.validFromYear IS NULL OR step.validFromYear <= $asOf) AND (step.validToYear IS NULL OR $asOf <= step.validToYear)))){0,6}
      (b:Entity {id: $to})
WHERE length(p) <= $maxLength AND a.corpusVersion IS NOT NULL AND b.corpusVersion IS NOT NULL
WITH p
LIMIT $pathCap
RETURN [n IN nodes(p) | n {.id, .kind, .name}] AS nodes,
       [r IN relationships(p) | r {.id, .date, .dateProvenance, .validity, .validFrom, .validTo, .claimSource, .attributedTo, .stance, .disputedBy,
          type: type(r),
          source: {id: startNode(r).id, name: startNode(r).name, kind: startNode(r).kind},
          target: {id: endNode(r).id, name: endNode(r).name, kind: endNode(r).kind},
          note: CASE WHEN $includeEvidence THEN r.note END,
          evidenceDocumentIds: CASE WHEN $includeEvidence THEN r.evidenceDocumentIds END,
          evidenceQuotes: CASE WHEN $includeEvidence THEN r.evidenceQuotes END,
          evidenceStarts: CASE WHEN $includeEvidence THEN r.evidenceStarts END,
          evidenceEnds: CASE WHEN $includeEvidence THEN r.evidenceEnds END,
          attributedToEntity: COLLECT { MATCH (x:Entity {id: r.attributedTo}) RETURN x {.id, .name, .kind} }[0]}] AS edges
