// How many distinct entity neighbours of the given kinds a node has.
MATCH (n:{{label}} {id: $id})-[:{{entityRels}}]-(m) WHERE labels(m)[0] IN $kinds
RETURN count(DISTINCT m) AS total
