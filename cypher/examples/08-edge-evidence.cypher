// name: The sentence behind each ISSUED edge
// description: For every issuing relationship, the sentences that support it, as written (question 5).
MATCH (a:Agency)-[r:ISSUED]->(m:Measure)
UNWIND r.evidence AS sid
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence {id: sid})
RETURN a.name AS agency, m.name AS measure, s.text AS sentence, d.title AS article
ORDER BY agency
LIMIT 100
