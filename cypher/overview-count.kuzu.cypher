// How many entities the overview's filters match (the overview shows the top $limit of them).
MATCH (n:{{entityLabels}})
WHERE label(n) IN $kinds
  AND ($province = '' OR n.id = $province OR EXISTS { MATCH (n)-[:{{entityRels}}]-(p:Province {id: $province}) })
  AND (NOT $dated OR EXISTS { MATCH (n)-[r:{{entityRels}}]-() WHERE r.date >= date($from) AND r.date <= date($to) })
RETURN count(n) AS total
