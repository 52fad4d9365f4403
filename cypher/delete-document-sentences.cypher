// Before a changed file is loaded again: remove its old sentences (and with
// them their MENTIONS), so no stale evidence sentence stays attached.
MATCH (d:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
DETACH DELETE s
