// Recompute the overview's ranking of some entities of one label ({{label}}): `degree`, the number of
// distinct entities each is related to (MENTIONS and HAS_SENTENCE are not entity relationships).
UNWIND $ids AS i
MATCH (n:{{label}} {id: i})
OPTIONAL MATCH (n)-[:{{entityRels}}]-(m)
WITH n, count(DISTINCT m) AS degree
SET n.degree = degree
