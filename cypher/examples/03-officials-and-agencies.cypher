// name: Officials and their agencies
// description: Which officials appear, where they serve (or served), and what happened to them (question 3).
MATCH (o:Official)
OPTIONAL MATCH (o)-[s:SERVES_AT]->(a:Agency)
OPTIONAL MATCH (d:Agency)-[x:SANCTIONED]->(o)
RETURN o.name AS official, s.title AS title, s.former AS former, a.name AS agency, d.name AS sanctionedBy, x.date AS sanctionedOn
ORDER BY official
