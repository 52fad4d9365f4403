// Withdraw one relationship by its key (it is written again with the evidence left, if any).
MATCH (a:{{label}} {id: $source})-[r:{{type}}]->(b:{{other}} {id: $target})
DELETE r
