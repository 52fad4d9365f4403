// The aggregate view: how many entities of each kind.
MATCH (n:{{entityLabels}})
RETURN labels(n)[0] AS kind, count(*) AS count ORDER BY kind
