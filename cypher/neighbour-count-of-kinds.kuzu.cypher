// How many distinct entity neighbours of the given kinds a node has.
MATCH (n {id: $id})-[]-(m) WHERE m.search IS NOT NULL AND label(m) IN $kinds
RETURN count(DISTINCT m) AS total
