// Relationships of one type between one (from, to) label pair with an end
// among $ids (re-ingest: the edges an old document version may have supported;
// their evidence lists are filtered in JS).
MATCH (a:{{label}})-[r:{{type}}]->(b:{{other}}) WHERE a.id IN $ids OR b.id IN $ids
RETURN r
