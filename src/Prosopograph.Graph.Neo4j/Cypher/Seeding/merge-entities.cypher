// existence is the entity's lifespan in EDTF with its existenceProvenance (null when unknown).
// The kind label comes from the vocabulary (row.label), never from a request; the other kinds' labels are
// removed so that an entity whose kind changed in the corpus carries one kind label, and hand-added labels stay.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.kind = row.kind,
    e.name = row.name,
    e.aliases = row.aliases,
    e.aliasTypes = row.aliasTypes,
    e.searchText = row.searchText,
    e.searchTerms = row.searchTerms,
    e.notes = row.notes,
    e.existence = row.existence,
    e.existenceProvenance = row.existenceProvenance,
    e.corpusOrder = row.corpusOrder,
    e.corpusVersion = $version
SET e:$(row.label)
REMOVE e:$(row.otherLabels)
