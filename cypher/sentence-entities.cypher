// The entities each of the given sentences mentions (facets of a text search).
MATCH (s:Sentence)-[:MENTIONS]->(e)
WHERE s.id IN $ids
RETURN s.id AS sentenceId, e.id AS entityId, e.name AS name
