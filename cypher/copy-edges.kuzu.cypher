// Kuzu bulk path: append NEW relationships of one type and label pair (ids not
// yet stored, both endpoints stored) with COPY from a subquery over $rows.
COPY {{type}} FROM (UNWIND $rows AS row RETURN row.source, row.target, {{columns}}) (from='{{from}}', to='{{to}}')
