// The ego network: every entity within $depth hops (direction ignored) over the selected relations, at its
// shortest distance, and every selected relation among those entities. Selected: the relation criteria of
// relations.cypher and, when $asOf is given, in force that year (validFromYear..validToYear, open where null; an
// undated relation is kept unless $includeUndated is false, whether or not $asOf is given). Quantifier bounds cannot be
// parameters, so the pattern allows the API's maximum depth, 3, and length(p) applies $depth.
// Capped: nodes by depth, then id, the first $limit kept (one more is returned to tell that one was left out); the
// relations among the kept ones by id, $linkLimit kept (and one more). Evidence and note only when $includeEvidence.
MATCH (start:Entity {id: $id})
WHERE start.corpusVersion IS NOT NULL
OPTIONAL MATCH p = SHORTEST 1 (start)
      ((:Entity)-[step]-(:Entity)
        WHERE step.corpusVersion IS NOT NULL AND ($types IS NULL OR type(step) IN $types)
          AND ($sources IS NULL OR step.claimSource IN $sources) AND ($stances IS NULL OR step.stance IN $stances)
          AND ($includeUndated OR step.validity <> 'undated')
          AND ($asOf IS NULL OR step.validity = 'undated'
               OR ((step.validFromYear IS NULL OR step.validFromYear <= $asOf) AND (step.validToYear IS NULL OR $asOf <= step.validToYear)))){1,3}
      (reached:Entity)
WHERE length(p) <= $depth AND reached <> start
WITH start, reached, length(p) AS depth
ORDER BY depth, reached.id
WITH start, collect({node: reached, depth: depth}) AS found
WITH [{node: start, depth: 0}] + [f IN found WHERE f.node IS NOT NULL] AS found
WITH found, [f IN found[..$limit] | f.node] AS members
RETURN [f IN found[..($limit + 1)] | {id: f.node.id, kind: f.node.kind, name: f.node.name, depth: f.depth}] AS nodes,
       COLLECT {
         UNWIND members AS s
         MATCH (s)-[r]->(o:Entity)
         WHERE o IN members AND r.corpusVersion IS NOT NULL AND ($types IS NULL OR type(r) IN $types)
           AND ($sources IS NULL OR r.claimSource IN $sources) AND ($stances IS NULL OR r.stance IN $stances)
           AND ($includeUndated OR r.validity <> 'undated')
           AND ($asOf IS NULL OR r.validity = 'undated'
                OR ((r.validFromYear IS NULL OR r.validFromYear <= $asOf) AND (r.validToYear IS NULL OR $asOf <= r.validToYear)))
         WITH s, r, o
         ORDER BY r.id
         LIMIT $linkLimit + 1
         RETURN r {.id, .date, .dateProvenance, .validity, .validFrom, .validTo, .claimSource, .attributedTo, .stance, .disputedBy,
                   type: type(r), source: s {.id, .name, .kind}, target: o {.id, .name, .kind},
                   note: CASE WHEN $includeEvidence THEN r.note END,
                   evidenceDocumentIds: CASE WHEN $includeEvidence THEN r.evidenceDocumentIds END,
                   evidenceQuotes: CASE WHEN $includeEvidence THEN r.evidenceQuotes END,
                   evidenceStarts: CASE WHEN $includeEvidence THEN r.evidenceStarts END,
                   evidenceEnds: CASE WHEN $includeEvidence THEN r.evidenceEnds END,
                   attributedToEntity: COLLECT { MATCH (a:Entity {id: r.attributedTo}) RETURN a {.id, .name, .kind} }[0]}
       } AS edges
