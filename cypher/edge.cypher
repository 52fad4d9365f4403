// One relationship by id, found from its two ends (parsed from the id: schema parseEdgeId), so that
// both stores look the ends up by key: {{label}} and {{other}} are the ends' labels, {{type}} its type.
MATCH (a:{{label}} {id: $source})-[r:{{type}}]->(b:{{other}} {id: $target})
WHERE r.id = $id
RETURN a, r, b
