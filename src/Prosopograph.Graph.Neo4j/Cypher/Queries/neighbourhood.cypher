// The ego network: every entity within $depth hops (direction ignored) over the selected relations, at its
// shortest distance, and every selected relation among those entities. Selected: the relation criteria of
// relations.cypher and, when $asOf is given, in force that year (activeFrom..activeTo, open where null). Quantifier bounds cannot be
// parameters, so the pattern allows the API's maximum depth, 3, and length(p) applies $depth.
MATCH (start:Entity {id: $id})
WHERE start.corpusVersion IS NOT NULL
OPTIONAL MATCH p = SHORTEST 1 (start)
      ((:Entity)-[step]-(:Entity)
        WHERE step.corpusVersion IS NOT NULL AND ($types IS NULL OR type(step) IN $types)
          AND ($sources IS NULL OR step.claimSource IN $sources) AND ($stances IS NULL OR step.stance IN $stances)
          AND ($asOf IS NULL OR ((step.activeFrom IS NULL OR step.activeFrom <= $asOf) AND (step.activeTo IS NULL OR $asOf <= step.activeTo)))){1,3}
      (reached:Entity)
WHERE length(p) <= $depth AND reached <> start
WITH start, collect({node: reached, depth: length(p)}) AS found
WITH [{node: start, depth: 0}] + [f IN found WHERE f.node IS NOT NULL] AS found
WITH found, [f IN found | f.node] AS members
RETURN [f IN found | {id: f.node.id, kind: f.node.kind, name: f.node.name, depth: f.depth}] AS nodes,
       COLLECT {
         UNWIND members AS s
         MATCH (s)-[r]->(o:Entity)
         WHERE o IN members AND r.corpusVersion IS NOT NULL AND ($types IS NULL OR type(r) IN $types)
           AND ($sources IS NULL OR r.claimSource IN $sources) AND ($stances IS NULL OR r.stance IN $stances)
           AND ($asOf IS NULL OR ((r.activeFrom IS NULL OR r.activeFrom <= $asOf) AND (r.activeTo IS NULL OR $asOf <= r.activeTo)))
         RETURN r {.*, type: type(r), source: s {.id, .name, .kind}, target: o {.id, .name, .kind},
                   attributedToEntity: COLLECT { MATCH (a:Entity {id: r.attributedTo}) RETURN a {.id, .name, .kind} }[0]}
       } AS edges
