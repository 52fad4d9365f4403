// Relationships between one node and a set of others, either direction.
MATCH (n {id: $id})-[r]-(m) WHERE m.id IN $ids
RETURN DISTINCT r
