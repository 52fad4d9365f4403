MATCH (a)-[r]->(b) WHERE r.id = $id RETURN a, r, b
