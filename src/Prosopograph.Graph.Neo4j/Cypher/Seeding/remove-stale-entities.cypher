// Only entities from an older corpus. DETACH also drops hand-added relationships of such an entity: there is
// nothing left for them to point at.
MATCH (e:Entity)
WHERE e.corpusVersion IS NOT NULL AND e.corpusVersion <> $version
DETACH DELETE e
