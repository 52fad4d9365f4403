// Neo4j: the CJK full-text index (bigrams, so no word boundaries are needed)
// as a phrase query, plus the substring match the embedded store uses, so both
// stores find the same entities; ranked in JS.
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($q, '\\', ' '), '"', ' ') + '"') YIELD node
RETURN node AS n LIMIT $limit
UNION
MATCH (n) WHERE n.search IS NOT NULL AND n.search CONTAINS $q
RETURN n LIMIT $limit
