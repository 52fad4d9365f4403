// How many distinct entity neighbours a node has.
MATCH (n:{{label}} {id: $id})-[:{{entityRels}}]-(m)
RETURN count(DISTINCT m) AS total
