// The aggregate view: how many entities of each kind.
MATCH (n:{{entityLabels}})
RETURN label(n) AS kind, count(*) AS count ORDER BY kind
