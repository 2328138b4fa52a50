// One relationship per relation, typed by the vocabulary's graph type (row.type, never user input).
// date is EDTF text with its dateProvenance. Years are numbers for filtering: span* are the years the date covers
// (null when undated or where an end is open), validFromYear/validToYear the years the relation holds for "as of"
// questions, computed at load (validity: dated, bounded or undated; validFrom/validTo the calendar bounds shown);
// the old start/end/activeFrom/activeTo/status properties are removed from graphs seeded before EDTF dates and voice;
// timelineKey orders a timeline as CalendarDate does (TimelineKey);
// claimSource (author|quoted|reported: not `source`, which answers name the subject) and stance (asserted|disputed)
// are the relation's voice; disputedBy is 'author' or an entity id.
// corpusOrder keeps the annotators' order, the order the embedded store lists relations in.
// Evidence is kept as parallel lists, which Neo4j Browser shows as readable columns, plus the first quote.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {id: row.id}]->(o)
SET r.date = row.date,
    r.dateProvenance = row.dateProvenance,
    r.dated = row.dated,
    r.spanFrom = row.spanFrom,
    r.spanTo = row.spanTo,
    r.validity = row.validity,
    r.validFrom = row.validFrom,
    r.validTo = row.validTo,
    r.validFromYear = row.validFromYear,
    r.validToYear = row.validToYear,
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
REMOVE r.start, r.end, r.activeFrom, r.activeTo, r.status
