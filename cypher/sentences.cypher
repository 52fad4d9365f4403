// Sentences by id (their key index), with their document.
MATCH (s:Sentence) WHERE s.id IN $ids
MATCH (d:Document)-[:HAS_SENTENCE]->(s)
RETURN s, d.id AS docId, coalesce(d.title, d.name) AS docTitle, d.published AS published
ORDER BY published, docId, s.idx
