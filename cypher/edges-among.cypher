// Relationships from nodes of one label to any node, both ends in a set of ids.
MATCH (a:{{label}})-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids
RETURN r
