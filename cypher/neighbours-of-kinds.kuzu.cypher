// One page of a node's entity neighbours of the given kinds (labels), stable order.
MATCH (n {id: $id})-[]-(m) WHERE m.search IS NOT NULL AND label(m) IN $kinds
WITH DISTINCT m
RETURN m ORDER BY m.id SKIP $offset LIMIT $limit
