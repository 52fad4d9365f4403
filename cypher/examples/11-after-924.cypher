// name: What happened after the 924 notice
// description: Relationships dated on or after 2021-09-24, with who and what (question 2, second half).
MATCH (a)-[r]->(b)
WHERE r.date IS NOT NULL AND r.date >= date('2021-09-24')
RETURN r.date AS date, a.name AS source, b.name AS target, r.evidence AS evidence
ORDER BY date
