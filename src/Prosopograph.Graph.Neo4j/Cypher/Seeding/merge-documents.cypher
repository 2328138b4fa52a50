// Properties are set one by one (not SET d = row) so that what a researcher adds by hand survives a re-seed.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title,
    d.author = row.author,
    d.date = row.date,
    d.language = row.language,
    d.notes = row.notes,
    d.sourceFile = row.sourceFile,
    d.text = row.text,
    d.length = row.length,
    d.corpusOrder = row.corpusOrder,
    d.corpusVersion = $version
