// One page of a node's entity neighbours, in a stable order so that paging neither repeats nor skips.
MATCH (n {id: $id})-[]-(m) WHERE m.search IS NOT NULL
WITH DISTINCT m
RETURN m ORDER BY m.id SKIP $offset LIMIT $limit
