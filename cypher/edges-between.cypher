// Relationships between one entity and a set of others, either direction, in id order.
MATCH (n:{{label}} {id: $id})-[r:{{entityRels}}]-(m) WHERE m.id IN $ids
WITH DISTINCT r
RETURN r ORDER BY r.id
