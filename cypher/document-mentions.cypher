MATCH (d:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e)
RETURN s.id AS sentenceId, e, m ORDER BY m.start
