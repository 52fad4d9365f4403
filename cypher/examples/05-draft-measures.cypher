// name: Measures still in draft
// description: Measures published as drafts for comment (征求意见稿) (question 7).
MATCH (m:Measure)
WHERE m.status IS NOT NULL AND m.status CONTAINS '征求意见稿'
OPTIONAL MATCH (a:Agency)-[:ISSUED]->(m)
RETURN m.name AS measure, m.date AS date, a.name AS issuedBy
ORDER BY date
