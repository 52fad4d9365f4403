// Candidate entities whose normalized name/aliases contain the normalized query; ranked in JS.
// (`search` is Simplified, lower-case "name|alias|…", written at ingest.)
MATCH (n) WHERE n.search IS NOT NULL AND n.search CONTAINS $q
RETURN n LIMIT $limit
