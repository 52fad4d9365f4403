// Upsert one label's nodes in a batch. {{label}} and {{assignments}} are filled
// from the schema by server/store/statements.ts (labels cannot be parameters).
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET {{assignments}}
