// name: Most mentioned entities
// description: Entities by the number of sentences that mention them, across all articles.
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e)
RETURN e.name AS entity, e.id AS id, count(DISTINCT s) AS sentences, count(DISTINCT d) AS articles
ORDER BY sentences DESC, entity
LIMIT 25
