// Sentences by id, with their document.
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)
WHERE s.id IN $ids
RETURN s, d.id AS docId, coalesce(d.title, d.name) AS docTitle, d.published AS published
ORDER BY published, docId, s.idx
