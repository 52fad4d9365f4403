// One sentence outside $docs that mentions this entity, if any (re-ingest: an
// entity no other document mentions is withdrawn with its last document).
MATCH (e:{{label}} {id: $id})<-[:MENTIONS]-(s:Sentence)
WHERE NOT s.docId IN $docs
RETURN s.id AS id
LIMIT 1
