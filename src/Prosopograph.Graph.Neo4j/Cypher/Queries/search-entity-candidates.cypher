// The entities a name search ranks: ranking (exact > prefix > substring > fuzzy) runs in the service with the
// same NameMatcher as the embedded store, so both answer alike. Reads serve corpus data only (corpusVersion set):
// every served fact has evidence, and hand-added nodes need not have the properties a view requires.
MATCH (e:Entity)
WHERE e.corpusVersion IS NOT NULL AND ($kind IS NULL OR e.kind = $kind)
RETURN e {.id, .kind, .name, .aliases, .aliasTypes, .existence, .existenceProvenance} AS entity
