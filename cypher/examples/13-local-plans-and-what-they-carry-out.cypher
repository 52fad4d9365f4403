// name: local plans and the notices they carry out
// description: Measures that implement (为贯彻落实《…》) or cite (依据/根据《…》) another measure.
MATCH (m:Measure)-[:IMPLEMENTS]->(n:Measure)
RETURN m.name AS measure, 'IMPLEMENTS' AS relation, n.name AS rests_on
UNION ALL
MATCH (m:Measure)-[:CITES]->(n:Measure)
RETURN m.name AS measure, 'CITES' AS relation, n.name AS rests_on
