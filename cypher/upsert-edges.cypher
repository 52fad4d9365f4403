// Upsert one relationship type between one (from, to) label pair in a batch.
// Both endpoints are MERGEd by id so that Kuzu uses its primary-key index
// (MATCH … , … per row scans; see DESIGN.md "Measured on this machine").
UNWIND $rows AS row
MERGE (a:{{from}} {id: row.source})
MERGE (b:{{to}} {id: row.target})
MERGE (a)-[r:{{type}}]->(b)
SET {{assignments}}
