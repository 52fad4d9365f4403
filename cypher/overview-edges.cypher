// The relationships among the overview's entities, found by rank rather than by a list of ids (a list
// test per relationship would be quadratic): both ends ranked at least $min, the lowest rank shown. The
// caller keeps those whose ends are both shown (ties at $min may bring a few more). Id order.
MATCH (a:{{entityLabels}})-[r:{{entityRels}}]->(b:{{entityLabels}})
WHERE coalesce(a.degree, 0) >= $min AND coalesce(b.degree, 0) >= $min
RETURN r ORDER BY r.id
