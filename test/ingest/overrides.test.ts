/**
 * The pure rewrite of entity review decisions (ingest/overrides.ts) on one article's batch, and the checks of an
 * overrides file: a merge re-points MENTIONS and relationships and combines the ones that now coincide (evidence
 * unioned), drops a relationship between the two, and renames; a split moves the mentions written as the alias and
 * the evidence of those sentences; both leave other entities alone and do not change their input.
 */
import { describe, expect, it } from "vitest";
import { edgeId, type GraphBatch, type KgEdge, type KgNode } from "../../schema/index.js";
import { searchKey } from "../../schema/text.js";
import { applyOverrides, parseOverrides, type MergeOverride, type SplitOverride } from "../../ingest/overrides.js";

const agency = (name: string, aliases: string[] = [], level: string | null = null): KgNode => ({
  id: `agency:${name}`,
  label: "Agency",
  properties: { name, aliases, search: searchKey(name, aliases), level },
});
const measure: KgNode = {
  id: "measure:关于进一步防范和处置虚拟货币交易炒作风险的通知",
  label: "Measure",
  properties: {
    name: "关于进一步防范和处置虚拟货币交易炒作风险的通知",
    aliases: [],
    search: null,
    kind: "notice",
    date: null,
    status: null,
  },
};
const mention = (s: string, target: string, surface: string, start = 0): KgEdge => ({
  id: edgeId("MENTIONS", s, target),
  type: "MENTIONS",
  source: s,
  target,
  properties: { surface, start, end: start + surface.length },
});
const rel = (type: KgEdge["type"], source: string, target: string, evidence: string[]): KgEdge => ({
  id: edgeId(type, source, target),
  type,
  source,
  target,
  properties: { evidence, date: null },
});

const A = "agency:国家发展和改革委员会";
const B = "agency:国家发改委员会";
const BATCH: GraphBatch = {
  nodes: [
    agency("国家发展和改革委员会", ["发改委", "國家發改委"], "central"),
    agency("国家发改委员会", ["国家发改委"]),
    measure,
  ],
  edges: [
    mention("doc:t#0", A, "國家發(fā)改委"),
    mention("doc:t#1", A, "发改委"),
    mention("doc:t#1", B, "国家发改委员会", 9),
    mention("doc:t#2", B, "国家发改委员会"),
    rel("ISSUED", A, measure.id, ["doc:t#0"]),
    rel("ISSUED", B, measure.id, ["doc:t#2"]),
    rel("WORKED_WITH", A, B, ["doc:t#1"]),
  ],
};

const merge: MergeOverride = {
  id: 1,
  op: "merge",
  at: "2026-12-04T09:00:00.000Z",
  label: "Agency",
  target: { id: A, name: "国家发展和改革委员会" },
  source: { id: B, name: "国家发改委员会", aliases: ["国家发改委"] },
  name: null,
};
const split: SplitOverride = {
  id: 2,
  op: "split",
  at: "2026-12-04T09:05:00.000Z",
  label: "Agency",
  entity: { id: A, name: "国家发展和改革委员会" },
  alias: "发改委",
  into: { id: "agency:发改委", name: "发改委" },
};

describe("applyOverrides: merge", () => {
  const out = applyOverrides(BATCH, [merge]);

  it("leaves one entity with both names and aliases, the facts of either, a search key of all", () => {
    expect(out.nodes.map((n) => n.id).sort()).toEqual([A, measure.id].sort());
    const a = out.nodes.find((n) => n.id === A)!;
    expect(a.properties.name).toBe("国家发展和改革委员会");
    expect(a.properties.aliases).toEqual(["发改委", "国家发改委", "国家发改委员会", "國家發改委"].sort());
    expect(a.properties.level).toBe("central");
    expect(String(a.properties.search).split("|")).toEqual(expect.arrayContaining(["国家发改委员会", "国家发改委"]));
  });

  it("re-points MENTIONS (one per sentence, the first occurrence) and combines relationships, evidence unioned", () => {
    const mentions = out.edges.filter((e) => e.type === "MENTIONS");
    expect(mentions.map((m) => [m.source, m.target, m.properties.surface])).toEqual([
      ["doc:t#0", A, "國家發(fā)改委"],
      ["doc:t#1", A, "发改委"],
      ["doc:t#2", A, "国家发改委员会"],
    ]);
    const issued = out.edges.filter((e) => e.type === "ISSUED");
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({
      id: edgeId("ISSUED", A, measure.id),
      properties: { evidence: ["doc:t#0", "doc:t#2"] },
    });
    // a relationship between the two merged entities has no meaning on one
    expect(out.edges.some((e) => e.type === "WORKED_WITH")).toBe(false);
  });

  it("renames when the decision names the result, keeping the old name as an alias; input unchanged", () => {
    const before = JSON.stringify(BATCH);
    const renamed = applyOverrides(BATCH, [{ ...merge, name: "国家发展改革委" }]);
    const a = renamed.nodes.find((n) => n.id === A)!;
    expect(a.properties.name).toBe("国家发展改革委");
    expect(a.properties.aliases).toContain("国家发展和改革委员会");
    expect(JSON.stringify(BATCH)).toBe(before);
  });

  it("an article that names only the merged entity gives the target, under the target's name", () => {
    const only: GraphBatch = { nodes: [BATCH.nodes[1]], edges: [BATCH.edges[3]] };
    const r = applyOverrides(only, [merge]);
    expect(r.nodes.map((n) => [n.id, n.properties.name])).toEqual([[A, "国家发展和改革委员会"]]);
    expect(r.edges[0].target).toBe(A);
  });
});

describe("applyOverrides: split", () => {
  const out = applyOverrides(BATCH, [split]);

  it("moves the mention written as the alias, and that sentence's evidence, to the new entity", () => {
    const c = out.nodes.find((n) => n.id === "agency:发改委")!;
    expect(c.properties).toMatchObject({ name: "发改委", level: null });
    expect(
      out.edges.find((e) => e.type === "MENTIONS" && e.source === "doc:t#1" && e.target === "agency:发改委"),
    ).toBeTruthy();
    expect(out.edges.find((e) => e.type === "MENTIONS" && e.source === "doc:t#1" && e.target === A)).toBeUndefined();
    // written 國家發(fā)改委 (another alias): stays
    expect(out.edges.find((e) => e.type === "MENTIONS" && e.source === "doc:t#0")?.target).toBe(A);
    const worked = out.edges.filter((e) => e.type === "WORKED_WITH");
    expect(worked.map((e) => [e.source, e.target, e.properties.evidence])).toEqual([["agency:发改委", B, ["doc:t#1"]]]);
    expect(out.edges.find((e) => e.type === "ISSUED" && e.source === A)?.properties.evidence).toEqual(["doc:t#0"]);
  });

  it("takes the alias (every form of it) off the entity", () => {
    const a = out.nodes.find((n) => n.id === A)!;
    expect(a.properties.aliases).toEqual(["國家發改委"]);
  });

  it("an article that names the entity only by the alias no longer writes the entity", () => {
    const only: GraphBatch = { nodes: [BATCH.nodes[0]], edges: [BATCH.edges[1]] };
    expect(applyOverrides(only, [split]).nodes.map((n) => n.id)).toEqual(["agency:发改委"]);
  });
});

describe("parseOverrides", () => {
  it("accepts a list or an exported file", () => {
    expect(parseOverrides([merge, split], "f.json")).toHaveLength(2);
    expect(parseOverrides({ version: 1, overrides: [merge] }, "f.json")).toHaveLength(1);
  });
  it.each([
    [{}, "f.json: invalid overrides. Expecting a JSON list"],
    [[{ ...merge, id: 0 }], "f.json: decision 1: invalid `id`."],
    [[merge, { ...split, id: 1 }], "f.json: decision 2: invalid `id`."],
    [[{ ...merge, label: "Sentence" }], "f.json: decision 1: invalid `label`."],
    [[{ ...merge, source: { ...merge.source, id: A } }], "f.json: decision 1: invalid `source`."],
    [[{ ...split, alias: "" }], "f.json: decision 1: invalid `alias`."],
    [[{ ...split, op: "rename" }], "f.json: decision 1: invalid `op`."],
  ])("refuses %j naming the file and the decision", (value, message) => {
    expect(() => parseOverrides(value, "f.json")).toThrow(message);
  });
});
