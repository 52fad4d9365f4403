// name: Companies that left China
// description: Companies that moved operations abroad, and where they went (question 4).
MATCH (c:Company)-[r:MOVED_TO]->(k:Country)
RETURN c.name AS company, k.name AS country, r.date AS date
ORDER BY company
