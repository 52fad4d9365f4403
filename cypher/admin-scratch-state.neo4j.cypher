// Before suites or the bench wipe a database: how many nodes it holds (from the
// count store) and whether it carries the scratch marker (:KgScratch).
MATCH (n) WITH count(n) AS nodes
OPTIONAL MATCH (m:KgScratch)
RETURN nodes, count(m) AS markers
