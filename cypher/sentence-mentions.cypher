// Where given entities are mentioned inside given sentences (to mark both ends of an edge in its evidence).
MATCH (s:Sentence)-[m:MENTIONS]->(e)
WHERE s.id IN $ids AND e.id IN $entities
RETURN s.id AS sentenceId, e.id AS entityId, m
ORDER BY sentenceId, m.start, entityId
