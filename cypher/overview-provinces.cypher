// The aggregate view: how many distinct entities each province is related to, most first.
MATCH (p:Province)-[:{{entityRels}}]-(n)
RETURN p.id AS id, p.name AS name, count(DISTINCT n) AS count ORDER BY count DESC, id
