// One page of a node's entity neighbours of the given kinds (labels), stable order, each with the
// relationships between the node and it.
MATCH (n:{{label}} {id: $id})-[r:{{entityRels}}]-(m) WHERE labels(m)[0] IN $kinds
WITH m, collect(DISTINCT r) AS rels
RETURN m, rels ORDER BY m.id SKIP $offset LIMIT $limit
