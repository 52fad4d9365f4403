// name: exchanges' own announcements
// description: Announcements companies issued themselves (an exchange leaving China), with their dates.
MATCH (c:Company)-[r:ISSUED]->(m:Measure)
RETURN c.name AS company, m.name AS announcement, coalesce(m.date, r.date) AS date
ORDER BY date
