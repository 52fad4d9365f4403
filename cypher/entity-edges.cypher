// Every relationship between entities (not MENTIONS / HAS_SENTENCE), in id order: the default export.
MATCH (a:{{entityLabels}})-[r:{{entityRels}}]->(b) RETURN r ORDER BY r.id
