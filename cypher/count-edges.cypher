// How many relationships of one type ({{type}}): Neo4j answers from its count store, Kuzu from the table.
MATCH ()-[r:{{type}}]->() RETURN count(r) AS count
