// Entity review: every MENTIONS of the given entities of one label, with the sentence that holds it (a merge or
// split re-points them). Bound on the entity side by key.
MATCH (s:Sentence)-[m:MENTIONS]->(e:{{label}})
WHERE e.id IN $ids
RETURN m
