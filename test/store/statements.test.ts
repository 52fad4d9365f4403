/** The cypher/ loader and the dialect layer: files, templates, generated DDL. */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  CYPHER_DIR,
  copyEdges,
  kuzuDdl,
  neo4jSchema,
  statement,
  statementWith,
  stripComments,
  upsertEdges,
  upsertNodes,
} from "../../store/statements.js";
import { NODE_LABELS, REL_TYPES } from "../../schema/index.js";

describe("errors first", () => {
  it("names a missing statement", () => {
    expect(() => statement("no-such-statement", "kuzu")).toThrow(/no cypher\/no-such-statement\.cypher/);
  });
});

describe("statementWith", () => {
  it("refuses a label or type that the schema does not declare", () => {
    expect(() => statementWith("node", "kuzu", { label: "Evil) DETACH DELETE (m" as never })).toThrow(
      /invalid label `Evil\) DETACH DELETE \(m` for node/,
    );
    expect(() => statementWith("node", "neo4j", { type: "NOPE" as never })).toThrow(/invalid type `NOPE`/);
  });
  it("says which slot a statement needs when it is missing", () => {
    expect(() => statementWith("node", "kuzu")).toThrow(/\{\{label\}\} has no value/);
  });
  it.each(NODE_LABELS.map((l) => [l]))("fills {{label}} with %s", (label) => {
    expect(statementWith("node", "kuzu", { label })).toBe(`MATCH (n:${label} {id: $id}) RETURN n`);
  });
});

describe("stripComments", () => {
  it.each([
    ["MATCH (n) // all nodes\nRETURN n", "MATCH (n)\nRETURN n"],
    ["RETURN 'http://x' AS url", "RETURN 'http://x' AS url"],
    ["RETURN '\\\\' AS b // backslash", "RETURN '\\\\' AS b"],
    ["RETURN 'it\\'s // not a comment' AS s", "RETURN 'it\\'s // not a comment' AS s"],
    ["// only a comment\nRETURN 1", "RETURN 1"],
  ])("%j → %j", (input, expected) => {
    expect(stripComments(input).trim()).toBe(expected);
  });
});

describe("dialects", () => {
  it("picks the dialect's own file where one exists", () => {
    expect(statement("count-nodes", "kuzu")).toBe(statement("count-nodes", "neo4j"));
    expect(statement("admin-components", "neo4j")).toContain("dbms.components()");
    expect(() => statement("admin-components", "kuzu")).toThrow(/no cypher\/admin-components\.cypher/);
    expect(statement("shortest-paths", "neo4j")).toContain("allShortestPaths");
    expect(statement("shortest-paths", "kuzu")).toContain("ALL SHORTEST");
  });

  it("types parameters for Kuzu, dates for Neo4j, and quotes reserved words", () => {
    expect(upsertNodes("kuzu", "Measure")).toContain("n.`date` = CAST(row.`date` AS DATE)");
    expect(upsertNodes("neo4j", "Measure")).toContain("n.`date` = date(row.`date`)");
    expect(upsertEdges("kuzu", "MENTIONS", "Sentence", "Agency")).toContain("r.`end` = CAST(row.`end` AS INT64)");
    expect(copyEdges("ISSUED", "Agency", "Measure")).toMatch(
      /^COPY ISSUED FROM \(UNWIND \$rows AS row RETURN row\.source, row\.target, CAST\(row\.`id` AS STRING\)/,
    );
  });

  it("declares a Kuzu table for every label and relationship type", () => {
    const ddl = kuzuDdl().join("\n");
    for (const l of NODE_LABELS) expect(ddl).toContain(`CREATE NODE TABLE IF NOT EXISTS ${l}(id STRING PRIMARY KEY`);
    for (const t of REL_TYPES) expect(ddl).toContain(`CREATE REL TABLE IF NOT EXISTS ${t}(FROM `);
  });

  it("gives Neo4j a uniqueness constraint per label, an id index per relationship type, a CJK full-text index", () => {
    const schema = neo4jSchema();
    for (const l of NODE_LABELS)
      expect(schema.some((s) => s.includes(`FOR (n:${l}) REQUIRE n.id IS UNIQUE`))).toBe(true);
    for (const t of REL_TYPES) expect(schema.some((s) => s.includes(`FOR ()-[r:${t}]-() ON (r.id)`))).toBe(true);
    expect(schema.some((s) => /FULLTEXT INDEX[\s\S]*'cjk'/.test(s))).toBe(true);
    expect(schema.every((s) => /IF NOT EXISTS/.test(s))).toBe(true);
  });

  it("every .cypher file in cypher/ loads", () => {
    const names = readdirSync(CYPHER_DIR).filter((f) => f.endsWith(".cypher") && f !== "schema.cypher");
    expect(names.length).toBeGreaterThan(20);
    for (const f of names) {
      const [name, maybeDialect] = f.replace(/\.cypher$/, "").split(/\.(?=kuzu$|neo4j$)/);
      const dialect = maybeDialect === "neo4j" ? "neo4j" : "kuzu";
      expect(statement(name, dialect).length, f).toBeGreaterThan(10);
    }
  });

  it("no statement spells out a list of relationship types: they take {{entityRels}} from the schema", () => {
    // a hand-written ISSUED|APPLIES_TO|… list silently leaves out every type added to the schema later
    const typeList = new RegExp(`\\b(?:${REL_TYPES.join("|")})(?:\\s*\\|\\s*:?(?:${REL_TYPES.join("|")})){2,}\\b`);
    const spelled = readdirSync(CYPHER_DIR)
      .filter((f) => f.endsWith(".cypher"))
      .filter((f) => typeList.test(stripComments(readFileSync(join(CYPHER_DIR, f), "utf8"))));
    expect(spelled).toEqual([]);
    const paths = statementWith("shortest-paths", "kuzu", { label: "Agency", other: "Measure" });
    for (const t of ["CITES", "IMPLEMENTS", "WORKED_WITH", "ISSUED"]) expect(paths).toContain(t);
    expect(paths).not.toContain("MENTIONS");
  });
});
