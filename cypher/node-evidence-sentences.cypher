// The sentences that mention a node, without their documents: the first $limit in sentence-key order
// (document id, then position), as node-evidence picks them. A read-only server joins the documents' titles and
// dates itself (document-titles, read once per handle, server/graph.ts): on Kuzu, the join with Document in the
// statement reads every document (a hash join over the whole table) for each neighbourhood.
MATCH (s:Sentence)-[m:MENTIONS]->(n:{{label}} {id: $id})
RETURN s, m
ORDER BY s.docId, s.idx
LIMIT $limit
