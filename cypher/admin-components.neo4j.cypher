// The server's name, version and edition, checked once at connect (store/neo4j-version.ts).
// Administration: run by the store on its own connection, never through the query API.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
