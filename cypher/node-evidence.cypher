// The sentences that mention a node, with their document, oldest first.
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(n {id: $id})
RETURN s, m, d.id AS docId, coalesce(d.title, d.name) AS docTitle, d.published AS published
ORDER BY published, docId, s.idx LIMIT $limit
