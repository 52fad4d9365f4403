// One page of a node's entity neighbours of the given kinds (labels), stable order, each with the
// relationships between the node and it.
MATCH (n:{{label}} {id: $id})-[:{{entityRels}}]-(m) WHERE label(m) IN $kinds
WITH DISTINCT n, m ORDER BY m.id SKIP $offset LIMIT $limit
MATCH (n)-[r:{{entityRels}}]-(m)
RETURN m, collect(DISTINCT r) AS rels ORDER BY m.id
