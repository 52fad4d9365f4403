// name: 国家发改委 and the provincial commissions
// description: Every development and reform commission, kept apart by level, with what each issued (question 6).
MATCH (a:Agency)
WHERE a.name CONTAINS '发展和改革委员会'
OPTIONAL MATCH (a)-[:ISSUED]->(m:Measure)
RETURN a.name AS agency, a.level AS level, a.aliases AS aliases, m.name AS measure, m.date AS date
ORDER BY level, agency
