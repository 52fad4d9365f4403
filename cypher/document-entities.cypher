// The entities a stored document mentions (re-ingest: what its old version contributed).
MATCH (d:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e)
RETURN DISTINCT e.id AS id
