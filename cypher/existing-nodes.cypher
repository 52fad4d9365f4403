// What is already stored for these node ids of one label: merged with the new
// values in JS (aliases unioned, non-null properties kept), so both stores
// behave alike, and on Kuzu only rows not found here may take the COPY path.
// {{label}} names the one table read (Kuzu scans that label's table only, a
// hash join on the key; Neo4j uses the id constraint's index).
MATCH (n:{{label}}) WHERE n.id IN $ids
RETURN n
