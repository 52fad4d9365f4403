// All shortest paths (up to 6 steps) between two entities over entity relationships only
// (the entityRels slot: every type of schema/index.ts REL_TYPES but MENTIONS and HAS_SENTENCE, filled from the schema); the API keeps those within the asked maximum.
MATCH p = (a:{{label}} {id: $a})-[e:{{entityRels}}* ALL SHORTEST 1..6]-(b:{{other}} {id: $b})
RETURN nodes(p) AS ns, rels(p) AS rs
LIMIT 25
