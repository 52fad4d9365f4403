// What is already stored for these node ids: merged with the new values in JS
// (aliases unioned, non-null properties kept), so both stores behave alike,
// and on Kuzu only rows not found here may take the COPY path.
MATCH (n) WHERE n.id IN $ids
RETURN n
