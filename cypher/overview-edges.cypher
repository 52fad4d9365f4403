// The relationships among the overview's entities ($ids), in id order.
MATCH (a:{{entityLabels}})-[r:{{entityRels}}]->(b:{{entityLabels}}) WHERE a.id IN $ids AND b.id IN $ids
RETURN r ORDER BY r.id
