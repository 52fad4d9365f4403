// One document by id (its key index on both stores).
MATCH (d:Document {id: $id}) RETURN d
