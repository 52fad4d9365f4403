// Kuzu bulk path: append NEW nodes of one label (ids not yet stored) with COPY
// from a subquery over $rows (~4x faster than MERGE). {{names}} and {{columns}} list the
// declared properties (derived ones, e.g. degree, stay NULL), typed; filled by server/store/statements.ts.
COPY {{label}}({{names}}) FROM (UNWIND $rows AS row RETURN {{columns}})
