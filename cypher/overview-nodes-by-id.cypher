// The overview's entities once filters chose them ($ids), by rank.
MATCH (n:{{entityLabels}}) WHERE n.id IN $ids
RETURN n, coalesce(n.degree, 0) AS degree ORDER BY degree DESC, n.id
