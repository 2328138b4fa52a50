// One relationship per relation, typed by the vocabulary's graph type (row.type, never user input).
// Years are numbers for filtering: span* are the years the dates cover (null when undated), active* the years
// the relation holds for "as of" questions; timelineKey orders a timeline as PartialDate does (TimelineKey);
// claimSource (author|quoted|reported: not `source`, which answers name the subject) and stance (asserted|disputed)
// are the relation's voice; disputedBy is 'author' or an entity id. corpusOrder keeps the annotators' order, the order the embedded store lists relations in.
// Evidence is kept as parallel lists, which Neo4j Browser shows as readable columns, plus the first quote.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
SET r.date = row.date,
    r.start = row.start,
    r.end = row.end,
    r.dated = row.dated,
    r.spanFrom = row.spanFrom,
    r.spanTo = row.spanTo,
    r.activeFrom = row.activeFrom,
    r.activeTo = row.activeTo,
    r.timelineKey = row.timelineKey,
    r.corpusOrder = row.corpusOrder,
    r.claimSource = row.claimSource,
    r.attributedTo = row.attributedTo,
    r.stance = row.stance,
    r.disputedBy = row.disputedBy,
    r.note = row.note,
    r.quote = row.quote,
    r.evidenceDocumentIds = row.evidenceDocumentIds,
    r.evidenceQuotes = row.evidenceQuotes,
    r.evidenceStarts = row.evidenceStarts,
    r.evidenceEnds = row.evidenceEnds,
    r.corpusVersion = $version
