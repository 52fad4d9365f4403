// Every relationship between entities (not MENTIONS / HAS_SENTENCE).
MATCH (a)-[r]->(b) WHERE a.search IS NOT NULL AND b.search IS NOT NULL RETURN r
