MATCH (d:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
RETURN s ORDER BY s.idx
