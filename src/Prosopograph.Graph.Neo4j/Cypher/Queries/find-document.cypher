MATCH (d:Document {id: $id})
WHERE d.corpusVersion IS NOT NULL
RETURN d {.id, .title, .author, .date, .language, .length, .notes, .text} AS document
