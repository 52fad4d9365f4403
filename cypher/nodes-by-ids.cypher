// Nodes of one label by id ({{label}} is labelOfId of the ids, so both stores use the key index).
// One row per id, joined on the key (see existing-nodes.cypher).
UNWIND $ids AS i
MATCH (n:{{label}} {id: i})
RETURN n
