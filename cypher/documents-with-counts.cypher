// The article list: title, outlet, date and how many distinct entities its sentences mention.
MATCH (d:Document)
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e)
RETURN d.id AS id, d.title AS title, d.outlet AS outlet, d.published AS published, d.path AS path,
       count(DISTINCT e.id) AS entities, count(DISTINCT s.id) AS sentences
ORDER BY published, id
