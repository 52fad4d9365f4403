// name: Measures that apply to 内蒙古
// description: Measures applying to Inner Mongolia (or issued by its agencies), with date and status.
MATCH (m:Measure)-[:APPLIES_TO]->(p)
WHERE p.name CONTAINS '内蒙古'
OPTIONAL MATCH (a:Agency)-[:ISSUED]->(m)
RETURN m.name AS measure, m.date AS date, m.status AS status, a.name AS issuedBy
ORDER BY date
