// Recompute the overview's ranking of every entity of one label ({{label}}); see refresh-ranking.cypher.
MATCH (n:{{label}})
OPTIONAL MATCH (n)-[:{{entityRels}}]-(m)
WITH n, count(DISTINCT m) AS degree
SET n.degree = degree
