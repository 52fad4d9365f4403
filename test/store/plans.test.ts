/**
 * Every named statement in cypher/ looks things up by label or type: on Neo4j
 * (NEO4J_URI set) its EXPLAIN plan holds no AllNodesScan or
 * AllRelationshipsScan for any label/type its slots take; on Kuzu every read
 * statement runs with the same representative parameters (so the table below
 * stays true for both). New statements need nothing added here unless they
 * take a parameter the table does not know — then this suite says which.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu, { type Connection, type Database, type KuzuValue, type QueryResult } from "kuzu";
import { ENTITY_LABELS, NODE_LABELS, REL_SPECS, REL_TYPES, type NodeLabel, type RelType } from "../../schema/index.js";
import type { GraphStore } from "../../store/index.js";
import type { Neo4jStore } from "../../store/neo4j.js";
import {
  CYPHER_DIR,
  statement,
  statementWith,
  upsertEdges,
  upsertNodes,
  kuzuDdl,
  type StatementSlots,
} from "../../store/statements.js";
import { STORE_TARGETS } from "../helpers/targets.js";

/** Representative parameters by name; a statement gets the ones its text mentions. */
const PARAMS: Record<string, unknown> = {
  id: "agency:中国人民银行",
  ids: ["agency:中国人民银行", "doc:t#0"],
  source: "agency:中国人民银行",
  target: "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
  entities: ["agency:中国人民银行"],
  kinds: ["Agency", "Measure"],
  q: "人民银行",
  offset: 0,
  limit: 10,
  rows: [{ id: "agency:x", source: "agency:x", target: "measure:y" }],
  a: "agency:中国人民银行",
  b: "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
  docs: ["doc:t"],
  from: "2021-01-01",
  to: "2021-12-31",
  min: 1,
  province: "province:内蒙古自治区",
  t: "虚拟",
  t1: "虚拟",
  t2: "虛擬",
  t3: "虚拟",
  t4: "虚拟",
};

/**
 * Statements only ever called for entities (the API checks labelOfId first): their {{label}} takes the entity
 * labels, not Document or Sentence.
 */
const ENTITY_ONLY = /\{\{entityRels\}\}|MENTIONS\]->\(\w+:\{\{label\}\}/;

/** Statements the server calls only with an entity's label (neighbourhoods, evidence, paths). */
const ENTITY_ONLY_NAMES = new Set([
  "neighbours",
  "neighbours-of-kinds",
  "neighbour-count",
  "neighbour-count-of-kinds",
  "node-evidence",
  "entity-mentioned-elsewhere",
  "shortest-paths",
  // entity review (ingest/overrides-apply.ts, server/review.ts)
  "review-mentions",
  "review-entity-docs",
  "review-entities",
  "review-provinces",
]);

/** Administration statements (the store's own connection, not graph lookups; the scratch wipe deletes everything on purpose). */
const isAdmin = (name: string) => name.startsWith("admin-");

interface Case {
  name: string;
  slots: StatementSlots;
  /** Text for statements generated from the schema (upserts). */
  text?: string;
  write: boolean;
}

/** The statement names in cypher/ (dialect suffix dropped), each with the dialects it exists for. */
function namedStatements(): Map<string, Set<"kuzu" | "neo4j" | "both">> {
  const out = new Map<string, Set<"kuzu" | "neo4j" | "both">>();
  for (const f of readdirSync(CYPHER_DIR)) {
    const m = /^(.+?)(?:\.(kuzu|neo4j))?\.cypher$/.exec(f);
    if (!m || m[1] === "schema") continue;
    const set = out.get(m[1]) ?? new Set();
    set.add((m[2] as "kuzu" | "neo4j" | undefined) ?? "both");
    out.set(m[1], set);
  }
  return out;
}

function cases(dialect: "kuzu" | "neo4j"): Case[] {
  const out: Case[] = [];
  for (const [name, dialects] of namedStatements()) {
    if (isAdmin(name) || !(dialects.has("both") || dialects.has(dialect))) continue;
    if (name === "upsert-nodes") {
      for (const label of NODE_LABELS)
        out.push({ name, slots: { label }, text: upsertNodes(dialect, label), write: true });
      continue;
    }
    if (name === "upsert-edges") {
      for (const type of REL_TYPES)
        for (const [from, to] of REL_SPECS[type].endpoints)
          out.push({ name, slots: { type }, text: upsertEdges(dialect, type, from, to), write: true });
      continue;
    }
    if (name.startsWith("copy-")) continue; // Kuzu COPY from a subquery: not a lookup
    const text = statement(name, dialect);
    const write = /\b(MERGE|CREATE|DELETE|SET|REMOVE)\b/i.test(text);
    const pairs: Array<[RelType | undefined, NodeLabel | undefined, NodeLabel | undefined]> = [];
    if (text.includes("{{type}}"))
      for (const type of REL_TYPES)
        if (text.includes("{{label}}") || text.includes("{{other}}"))
          for (const [from, to] of REL_SPECS[type].endpoints) pairs.push([type, from, to]);
        else pairs.push([type, undefined, undefined]);
    else if (text.includes("{{label}}"))
      for (const label of ENTITY_ONLY.test(text) || ENTITY_ONLY_NAMES.has(name) ? ENTITY_LABELS : NODE_LABELS)
        pairs.push([undefined, label, label]);
    else pairs.push([undefined, undefined, undefined]);
    for (const [type, label, other] of pairs)
      out.push({ name, slots: { type, label, other: text.includes("{{other}}") ? other : undefined }, write });
  }
  return out;
}

function paramsFor(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of text.matchAll(/\$(\w+)/g)) {
    if (!(m[1] in PARAMS)) throw new Error(`plans suite: no representative value for $${m[1]}; add one to PARAMS.`);
    out[m[1]] = PARAMS[m[1]];
  }
  return out;
}

const title = (c: Case) =>
  `${c.name}${c.slots.type ? ` ${c.slots.type}` : ""}${c.slots.label ? ` ${c.slots.label}` : ""}${c.slots.other && c.slots.other !== c.slots.label ? `→${c.slots.other}` : ""}`;

function operators(plan: { operatorType: string; children: unknown[] } | false): string[] {
  if (!plan) return [];
  return [plan.operatorType, ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

describe.each(STORE_TARGETS)("named statements: $name", (target) => {
  const neo = target.name.startsWith("neo4j");
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await target.open());
  });
  afterAll(async () => cleanup?.());

  it("finds the statements and a case for each", () => {
    const names = new Set(cases(neo ? "neo4j" : "kuzu").map((c) => c.name));
    for (const n of ["node", "edge", "count-nodes", "count-edges", "all-nodes", "all-edges", "document"])
      expect(names).toContain(n);
  });

  if (neo) {
    it.each(cases("neo4j").map((c) => [title(c), c] as const))(
      "%s plans without scanning every node or relationship",
      async (_t, c) => {
        const text = c.text ?? statementWith(c.name, "neo4j", c.slots);
        const plan = await (store as Neo4jStore).explain(c.name, paramsFor(text), c.slots, text);
        const ops = operators(plan);
        expect(ops.length).toBeGreaterThan(0);
        expect(
          ops.filter((o) => /AllNodesScan|AllRelationshipsScan/.test(o)),
          `${title(c)}: ${ops.join(" < ")}`,
        ).toEqual([]);
      },
    );
  } else {
    it.each(
      cases("kuzu")
        .filter((c) => !c.write)
        .map((c) => [title(c), c] as const),
    )("%s runs", async (_t, c) => {
      const text = statementWith(c.name, "kuzu", c.slots);
      await expect(store.run(c.name, paramsFor(text), c.slots)).resolves.toBeInstanceOf(Array);
    });
  }
});

/** A lookup by key that names its label: `(x:Label {id: $param})`. */
const KEY_LOOKUP = /\(\w+:[A-Z]\w* \{id: \$\w+\}\)/;

describe("Kuzu plans: lookups by key that name their label use the primary key", () => {
  let dir: string;
  let db: Database;
  let conn: Connection;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-plans-"));
    db = new kuzu.Database(join(dir, "kuzu.db"));
    conn = new kuzu.Connection(db);
    for (const ddl of kuzuDdl()) ((await conn.query(ddl)) as QueryResult).close();
  });
  afterAll(async () => {
    await conn?.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const lookups = cases("kuzu").filter((c) => !c.write && KEY_LOOKUP.test(statementWith(c.name, "kuzu", c.slots)));

  it("has key lookups to check (node, edge, document…)", () => {
    const names = new Set(lookups.map((c) => c.name));
    for (const n of ["node", "edge", "document", "document-sentences", "document-mentions"]) expect(names).toContain(n);
  });

  it.each(lookups.map((c) => [title(c), c] as const))("%s: PRIMARY_KEY_SCAN", async (_t, c) => {
    const text = statementWith(c.name, "kuzu", c.slots);
    const ps = await conn.prepare(`EXPLAIN ${text}`);
    expect(ps.isSuccess(), ps.getErrorMessage()).toBe(true);
    const res = (await conn.execute(ps, paramsFor(text) as Record<string, KuzuValue>)) as QueryResult;
    const plan = JSON.stringify(await res.getAll());
    res.close();
    expect(plan).toContain("PRIMARY_KEY_SCAN_NODE_TABLE");
  });
});
