// One node by id; {{label}} is labelOfId(id), so both stores look it up by key.
MATCH (n:{{label}} {id: $id}) RETURN n
