// name: agencies that acted together
// description: Pairs of agencies linked by 牵头/会同/联合/召集 (WORKED_WITH, from the lead to each partner), with the date and how many sentences say so.
MATCH (a:Agency)-[r:WORKED_WITH]->(b:Agency)
RETURN a.name AS lead, b.name AS partner, r.date AS date, size(r.evidence) AS sentences
ORDER BY sentences DESC, lead
LIMIT 100
