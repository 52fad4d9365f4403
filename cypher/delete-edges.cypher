// Withdraw relationships of one type between one (from, to) label pair, by key, in a batch (they are written
// again with the evidence left, if any). One statement per group instead of one per relationship.
UNWIND $rows AS row
MATCH (a:{{label}} {id: row.source})-[r:{{type}}]->(b:{{other}} {id: row.target})
DELETE r
