// Nodes of one label by id ({{label}} is labelOfId of the ids, so both stores use the key index).
MATCH (n:{{label}}) WHERE n.id IN $ids
RETURN n
