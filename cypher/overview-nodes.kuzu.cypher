// The overview: the top $limit entities of the given kinds by degree (precomputed, store/ranking.ts;
// ties by id). Province and time filters pick candidates first (overview-in-province, overview-dated).
MATCH (n:{{entityLabels}})
WHERE label(n) IN $kinds
RETURN n, coalesce(n.degree, 0) AS degree ORDER BY degree DESC, n.id LIMIT $limit
