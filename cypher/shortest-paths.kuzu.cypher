// All shortest paths (up to 6 steps) between two entities over entity relationships only
// (every type of schema/index.ts REL_TYPES but MENTIONS and HAS_SENTENCE); the API keeps those within the asked maximum.
MATCH p = (a:{{label}} {id: $a})-[e:ISSUED|APPLIES_TO|TARGETS|LOCATED_IN|SERVES_AT|AFFILIATED_WITH|SANCTIONED|ACTED_ON|MOVED_TO|IN_PROVINCE* ALL SHORTEST 1..6]-(b:{{other}} {id: $b})
RETURN nodes(p) AS ns, rels(p) AS rs
LIMIT 25
