// How many distinct entity neighbours of the given kinds a node has.
MATCH (n:{{label}} {id: $id})-[:{{entityRels}}]-(m) WHERE label(m) IN $kinds
RETURN count(DISTINCT m) AS total
