// Only documents from an older corpus; hand-added documents have no corpusVersion and survive.
MATCH (d:Document)
WHERE d.corpusVersion IS NOT NULL AND d.corpusVersion <> $version
DETACH DELETE d
