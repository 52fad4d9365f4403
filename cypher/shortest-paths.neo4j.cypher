// All shortest paths (up to 6 steps) between two entities over entity relationships only
// (the entityRels slot: every type of schema/index.ts REL_TYPES but MENTIONS and HAS_SENTENCE, filled from the schema); the API keeps those within the asked maximum.
MATCH (a:{{label}} {id: $a}), (b:{{other}} {id: $b})
MATCH p = allShortestPaths((a)-[:{{entityRels}}*..6]-(b))
RETURN nodes(p) AS ns, relationships(p) AS rs
LIMIT 25
