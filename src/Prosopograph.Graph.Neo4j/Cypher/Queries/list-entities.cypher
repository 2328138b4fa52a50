// Every entity (of the kind), for a search without text: the service orders them by name as SearchRanking does.
// Reads serve corpus data only (corpusVersion set): hand-added nodes need not have the properties a view requires.
MATCH (e:Entity)
WHERE e.corpusVersion IS NOT NULL AND ($kind IS NULL OR e.kind = $kind)
RETURN e {.id, .kind, .name, .aliases, .aliasTypes, .existence, .existenceProvenance} AS entity
