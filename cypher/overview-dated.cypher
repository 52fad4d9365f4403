// The overview's time filter: the entities with a relationship dated in [$from, $to], with their rank.
MATCH (n:{{entityLabels}})-[r:{{entityRels}}]-()
WHERE r.date >= date($from) AND r.date <= date($to)
RETURN DISTINCT n.id AS id, coalesce(n.degree, 0) AS degree
ORDER BY degree DESC, id
