// Kuzu bulk path: append NEW nodes of one label (ids not yet stored) with COPY
// from a subquery over $rows (~4x faster than MERGE). {{columns}} lists the
// table's columns in declaration order, typed; filled by server/store/statements.ts.
COPY {{label}} FROM (UNWIND $rows AS row RETURN {{columns}})
