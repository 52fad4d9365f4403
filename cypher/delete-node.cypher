// Withdraw one node and its relationships (an entity left with no evidence).
MATCH (n:{{label}} {id: $id})
DETACH DELETE n
