// How many nodes of one label ({{label}}): Neo4j answers from its count store, Kuzu from the table.
MATCH (n:{{label}}) RETURN count(n) AS count
