// How many distinct entity neighbours a node has (Documents and Sentences have no `search`).
MATCH (n {id: $id})-[]-(m) WHERE m.search IS NOT NULL
RETURN count(DISTINCT m) AS total
