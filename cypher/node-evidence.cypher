// The sentences that mention a node, with their document: bounded before any join. The first $limit
// mentions in sentence-key order (document id, then position) are picked without touching documents,
// then shown oldest first. A hub's thousands of mentions are never all joined and sorted by date.
MATCH (s:Sentence)-[m:MENTIONS]->(n:{{label}} {id: $id})
WITH s, m ORDER BY s.docId, s.idx LIMIT $limit
MATCH (d:Document {id: s.docId})
RETURN s, m, d.id AS docId, coalesce(d.title, d.name) AS docTitle, d.published AS published
ORDER BY published, docId, s.idx
