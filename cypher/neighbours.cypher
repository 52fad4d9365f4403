// One page of a node's entity neighbours in a stable order (paging neither repeats nor skips), each with
// the relationships between the node and it: the page and its edges in one statement. {{label}} is
// labelOfId($id); {{entityRels}} every relationship type between entities (not MENTIONS / HAS_SENTENCE).
MATCH (n:{{label}} {id: $id})-[r:{{entityRels}}]-(m)
WITH m, collect(DISTINCT r) AS rels
RETURN m, rels ORDER BY m.id SKIP $offset LIMIT $limit
