// Only mentions from an older corpus; hand-added MENTIONS have no corpusVersion and survive.
MATCH (:Document)-[m:MENTIONS]->(:Entity)
WHERE m.corpusVersion IS NOT NULL AND m.corpusVersion <> $version
DELETE m
