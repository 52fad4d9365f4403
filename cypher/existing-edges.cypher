// What is already stored for these relationship ids of one type between one
// (from, to) label pair (evidence unioned with new evidence in JS). Only asked
// for edges whose both ends were stored before the batch.
MATCH (a:{{label}})-[r:{{type}}]->(b:{{other}}) WHERE r.id IN $ids
RETURN r
