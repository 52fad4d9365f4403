// A document's entity mentions in reading order (ties: the longer mention first, then by entity id).
MATCH (d:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e)
RETURN s.id AS sentenceId, e, m ORDER BY m.start, m.`end` DESC, e.id
