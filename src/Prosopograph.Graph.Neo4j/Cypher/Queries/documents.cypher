MATCH (d:Document)
WHERE d.corpusVersion IS NOT NULL
RETURN d {.id, .title, .author, .date, .language, .length} AS document
ORDER BY d.corpusOrder, d.id
