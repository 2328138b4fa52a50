// Only relationships the seeder wrote (they carry corpusVersion) and that an older corpus wrote are removed;
// hand-added relationships have no corpusVersion and survive.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.corpusVersion IS NOT NULL AND r.corpusVersion <> $version
DELETE r
