// All shortest paths (up to 6 steps) between two entities over entity relationships only
// (every type of schema/index.ts REL_TYPES but MENTIONS and HAS_SENTENCE); the API keeps those within the asked maximum.
MATCH (a:{{label}} {id: $a}), (b:{{other}} {id: $b})
MATCH p = allShortestPaths((a)-[:ISSUED|APPLIES_TO|TARGETS|LOCATED_IN|SERVES_AT|AFFILIATED_WITH|SANCTIONED|ACTED_ON|MOVED_TO|IN_PROVINCE*..6]-(b))
RETURN nodes(p) AS ns, relationships(p) AS rs
LIMIT 25
