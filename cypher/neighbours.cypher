// One page of a node's entity neighbours in a stable order (paging neither repeats nor skips), each with
// the relationships between the node and it: the page first, then its edges, in one statement. {{label}} is
// labelOfId($id); {{entityRels}} every relationship type between entities (not MENTIONS / HAS_SENTENCE).
MATCH (n:{{label}} {id: $id})-[:{{entityRels}}]-(m)
WITH DISTINCT n, m ORDER BY m.id SKIP $offset LIMIT $limit
MATCH (n)-[r:{{entityRels}}]-(m)
RETURN m, collect(DISTINCT r) AS rels ORDER BY m.id
