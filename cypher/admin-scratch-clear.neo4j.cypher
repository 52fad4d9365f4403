// Wipe a scratch database (empty or marked (:KgScratch)), in batches. Valid on
// every Neo4j 5.x (the scoped form `CALL (n) { … }` needs 5.23). Auto-commit only.
MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
