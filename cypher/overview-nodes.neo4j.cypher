// The overview: the top $limit entities by degree (precomputed, store/ranking.ts; ties by id) among those
// of the given kinds, linked to a province ($province, '' = any) and with a relationship dated in
// [$from, $to] (only when $dated).
MATCH (n:{{entityLabels}})
WHERE labels(n)[0] IN $kinds
  AND ($province = '' OR n.id = $province OR EXISTS { MATCH (n)-[:{{entityRels}}]-(p:Province {id: $province}) })
  AND (NOT $dated OR EXISTS { MATCH (n)-[r:{{entityRels}}]-() WHERE r.date >= date($from) AND r.date <= date($to) })
RETURN n ORDER BY coalesce(n.degree, 0) DESC, n.id LIMIT $limit
