// name: Who issued what in 2021
// description: Every measure dated 2021 with the agencies that issued it, in date order (question 1).
MATCH (a:Agency)-[r:ISSUED]->(m:Measure)
WHERE m.date >= date('2021-01-01') AND m.date < date('2022-01-01')
RETURN m.date AS date, m.name AS measure, m.kind AS kind, a.name AS issuedBy, a.level AS level
ORDER BY date, measure
