// The overview's province filter: the entities related to a province, with their rank.
MATCH (p:Province {id: $province})-[:{{entityRels}}]-(n:{{entityLabels}})
RETURN DISTINCT n.id AS id, coalesce(n.degree, 0) AS degree
ORDER BY degree DESC, id
