// Every entity's search key, name, aliases and rank, in id order: what the in-memory search index
// (server/search-index.ts) is built from.
MATCH (n:{{entityLabels}})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.search AS search, coalesce(n.degree, 0) AS degree
ORDER BY id
