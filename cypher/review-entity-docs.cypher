// Entity review (undo): the documents whose sentences mention the given entities of one label.
MATCH (s:Sentence)-[:MENTIONS]->(e:{{label}})
WHERE e.id IN $ids
RETURN DISTINCT s.docId AS docId
