/**
 * The Neo4j query API's allow-list (store/neo4j-guard.ts) as a table: what
 * passes, what is refused and why; the version verdicts (store/neo4j-version.ts).
 * With NEO4J_URI set, the same on the real server: administration refused
 * through readQuery, the allowed procedures answer, the server's version is
 * inside the supported range.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryRejected, type GraphStore } from "../../store/index.js";
import { MAX_RANGE_PRODUCT, calledProcedures, checkNeo4jQuery, rangeProduct } from "../../store/neo4j-guard.js";
import { checkNeo4jVersion } from "../../store/neo4j-version.js";
import { STORE_TARGETS } from "../helpers/targets.js";
import { TINY } from "../fixtures/tiny-graph.js";

const refused = (q: string) => {
  try {
    checkNeo4jQuery(q);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(QueryRejected);
    return e as QueryRejected;
  }
};

describe("neo4j-guard: refused", () => {
  it.each([
    ["SHOW TRANSACTIONS", /`SHOW` is not allowed here: SHOW commands/],
    ["show transactions yield transactionId RETURN transactionId", /`show` is not allowed/],
    [
      "TERMINATE TRANSACTIONS 'neo4j-transaction-3'",
      /`TERMINATE` is not allowed here: TERMINATE commands end other clients' work/,
    ],
    ["SHOW USERS", /SHOW/],
    ["SHOW DATABASES YIELD name", /SHOW/],
    ["SHOW SETTINGS", /SHOW/],
    ["SHOW INDEXES", /SHOW/],
    ["CREATE DATABASE evil", /CREATE/],
    ["DROP DATABASE neo4j", /DROP/],
    ["STOP DATABASE neo4j", /STOP DATABASE is administration/],
    ["START DATABASE neo4j", /START DATABASE is administration/],
    ["ALTER USER neo4j SET PASSWORD 'x'", /ALTER/],
    ["GRANT ROLE admin TO evil", /GRANT/],
    ["DENY TRAVERSE ON GRAPH * TO evil", /DENY/],
    ["REVOKE ROLE admin FROM neo4j", /REVOKE/],
    ["USE system SHOW USERS", /USE/],
    [
      "MATCH (n) CALL { USE other MATCH (m) RETURN m } RETURN n, m",
      /`USE` is not allowed here: USE selects another database/,
    ],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV reads files/],
    ["MATCH (n) CALL { WITH n RETURN n.name AS x } IN TRANSACTIONS RETURN x", /IN TRANSACTIONS/],
    ["MATCH (n) SET n.x = 1", /SET writes/],
    ["FOREACH (x IN [1] | MERGE (:A))", /FOREACH/],
    ["CYPHER runtime=slotted MATCH (n) RETURN n", /query options/],
    ["EXPLAIN MATCH (n) RETURN n", /EXPLAIN/],
    ["PROFILE MATCH (n) RETURN n", /EXPLAIN\/PROFILE/],
    ["CALL dbms.components()", /procedure `dbms.components` is not allowed/],
    ["CALL dbms.listConfig() YIELD name RETURN name", /dbms.listconfig/],
    ["CALL   dbms . security . createUser('e', 'p', false)", /dbms.security.createuser/],
    ["CALL db.createLabel('Evil')", /db.createlabel/],
    ["CALL apoc.create.node(['Evil'], {}) YIELD node RETURN node", /apoc.create.node/],
    ["CALL `dbms`.`components`()", /dbms.components/],
    ["MATCH (n) WITH n CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh() RETURN n", /awaiteventually/],
  ])("%s", (q, message) => {
    const e = refused(q);
    expect(e, `expected a refusal for ${q}`).not.toBeNull();
    expect(e!.message).toMatch(message);
    expect(e!.reason).toBe("write");
  });

  it("refuses compute-only range() cross products that Neo4j cannot stop, by their size", () => {
    expect(rangeProduct("UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y RETURN count(*)")).toBe(1e12);
    expect(rangeProduct("UNWIND range(1, 100000) AS x UNWIND range(1, x) AS y RETURN count(*)")).toBe(1e8);
    expect(rangeProduct("UNWIND range(0, 100, 10) AS x RETURN x")).toBe(11);
    expect(rangeProduct("RETURN 'range(1, 1000000000)' AS s")).toBe(1);
    const e = refused("UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y RETURN count(*)");
    expect(e?.reason).toBe("invalid");
    expect(e?.message).toMatch(/build up to 1\.0e\+12 rows/);
    expect(refused(`UNWIND range(1, ${MAX_RANGE_PRODUCT}) AS x RETURN count(*)`)).toBeNull();
  });
});

describe("neo4j-guard: allowed reads", () => {
  it.each([
    "MATCH (n:Agency) RETURN n LIMIT 5",
    "MATCH (a:Agency)-[r:ISSUED]->(m:Measure) WHERE m.date >= date('2021-01-01') RETURN a.name, count(m) ORDER BY count(m) DESC",
    "OPTIONAL MATCH (n:Province {id: $id}) RETURN n",
    "MATCH (n) WHERE n.name CONTAINS 'create' RETURN n.name AS name",
    "MATCH (n) RETURN n.set AS x, {show: 1, terminate: 2} AS m",
    "MATCH (s:Sentence)-[m:MENTIONS]->(e) RETURN m.start AS start, m.`end` AS stop",
    "MATCH (n:Agency) WITH n.start AS start RETURN start",
    "MATCH (n:Show) RETURN n",
    "MATCH (n:Agency) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS degree } RETURN n.name, degree",
    "MATCH (n:Agency) RETURN n.name, COUNT { (n)--() } AS degree",
    "CALL db.labels()",
    "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('entity_names', '\"人民银行\"') YIELD node, score RETURN node, score",
    "// SHOW TRANSACTIONS in a comment\nMATCH (n) RETURN count(n)",
    "RETURN 'SHOW TRANSACTIONS; TERMINATE TRANSACTIONS' AS text",
    "MATCH (`show`) RETURN `show`",
    "UNWIND range(1, 1000) AS x UNWIND range(1, 1000) AS y RETURN count(*)",
  ])("%s", (q) => {
    expect(refused(q)).toBeNull();
  });

  it("lists the procedures a query calls", () => {
    expect(calledProcedures("CALL db.labels() YIELD label CALL { MATCH (n) RETURN n } RETURN label")).toEqual([
      "db.labels",
    ]);
    expect(calledProcedures("MATCH (n) WHERE n.x = 'CALL dbms.components()' RETURN n")).toEqual([]);
  });
});

describe("neo4j versions", () => {
  it.each([
    ["5.3.0", "supported"],
    ["5.13.0", "supported"],
    ["5.26.12", "supported"],
    ["4.4.30", "older"],
    ["5.2.0", "older"],
    ["5.27.0", "newer"],
    ["2025.01.0", "newer"],
  ])("%s is %s", (version, status) => {
    const v = checkNeo4jVersion(version);
    expect(v.status).toBe(status);
    if (status !== "supported") expect(v.message).toMatch(/Neo4j 5\.3 to 5\.26/);
  });
});

// With NEO4J_URI set: the same rules on the real server, through the store.
describe.each(STORE_TARGETS.filter((t) => t.name.startsWith("neo4j")))("neo4j-guard on the server: $name", (target) => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
    await store.upsert(TINY);
  });
  afterAll(async () => cleanup?.());

  it("reports a version inside the supported range", async () => {
    const v = await store.version();
    const m = /^Neo4j (\d+\.\d+\.\d+)/.exec(v);
    expect(m, v).not.toBeNull();
    expect(checkNeo4jVersion(m![1]).status).toBe("supported");
  });

  it.each(["SHOW TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "CALL dbms.components()"])(
    "refuses %s through the query API",
    async (q) => {
      const err = await store.readQuery(q).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(QueryRejected);
      expect((err as QueryRejected).reason).toBe("write");
    },
  );

  it("runs the allowed read-only procedures", async () => {
    const labels = await store.readQuery("CALL db.labels() YIELD label RETURN label ORDER BY label");
    expect(labels.rows.map((r) => r.label)).toContain("Agency");
    const types = await store.readQuery("CALL db.relationshipTypes()");
    expect(types.rows.length).toBeGreaterThan(0);
    const hits = await store.readQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', '\"人民银行\"') YIELD node RETURN node.id AS id",
    );
    expect(hits.rows.map((r) => r.id)).toContain("agency:中国人民银行");
  });
});
