// What is already stored for these relationship ids of one type between one
// (from, to) label pair (evidence unioned with new evidence in JS). Only asked
// for edges whose both ends were stored before the batch.
// One row per id, joined on the key (an IN filter compares every edge with every id).
UNWIND $ids AS i
MATCH (a:{{label}})-[r:{{type}} {id: i}]->(b:{{other}})
RETURN r
