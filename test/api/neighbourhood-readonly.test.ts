/**
 * A read-only handle answers neighbourhoods its own way (server/graph.ts): the evidence statement reads the
 * sentences alone and the documents' titles and dates are joined from a map read once per handle; a handle that
 * can write runs node-evidence. Both must give the same answer, in the same order (undated documents last).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, storeConfig, type GraphStore } from "../../store/index.js";
import { neighbourhood } from "../../server/graph.js";
import { documentId, edgeId, sentenceId, type GraphBatch, type KgEdge, type KgNode } from "../../schema/index.js";

const HUB = "agency:甲局";

/** Six documents (two undated, two on the same day), each mentioning the hub in two or three sentences. */
function batch(): GraphBatch {
  const nodes: KgNode[] = [
    { id: HUB, label: "Agency", properties: { name: "甲局", aliases: [], level: "central" } },
    { id: "agency:乙局", label: "Agency", properties: { name: "乙局", aliases: [], level: "central" } },
  ];
  const edges: KgEdge[] = [
    {
      id: edgeId("WORKED_WITH", HUB, "agency:乙局"),
      type: "WORKED_WITH",
      source: HUB,
      target: "agency:乙局",
      properties: { evidence: [], date: null },
    },
  ];
  const dates = ["2021-05-01", null, "2019-01-02", "2021-05-01", null, "2018-12-31"];
  dates.forEach((published, d) => {
    const doc = documentId(`corpus/d${d}.txt`);
    nodes.push({
      id: doc,
      label: "Document",
      properties: { name: `文${d}`, title: d % 2 ? null : `标题${d}`, published, path: `corpus/d${d}.txt`, text: "" },
    });
    for (let i = 0; i < 2 + (d % 2); i++) {
      const sid = sentenceId(doc, i);
      const text = `第${i}句甲局出台措施。`;
      nodes.push({
        id: sid,
        label: "Sentence",
        properties: { name: text, docId: doc, idx: i, start: i * 10, end: i * 10 + 9, text },
      });
      edges.push({
        id: edgeId("HAS_SENTENCE", doc, sid),
        type: "HAS_SENTENCE",
        source: doc,
        target: sid,
        properties: {},
      });
      edges.push({
        id: edgeId("MENTIONS", sid, HUB),
        type: "MENTIONS",
        source: sid,
        target: HUB,
        properties: { surface: "甲局", start: i * 10 + 3, end: i * 10 + 5 },
      });
    }
  });
  return { nodes, edges };
}

describe("neighbourhood on a read-only handle", () => {
  let dir: string;
  let reader: GraphStore;
  let expected: Awaited<ReturnType<typeof neighbourhood>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kg-hood-ro-"));
    const cfg = storeConfig({}, { kind: "embedded", dataDir: dir });
    const writer = await openStore(cfg);
    await writer.upsert(batch());
    expected = await neighbourhood(writer, HUB, { limit: 5, evidenceLimit: 10 });
    await writer.close();
    reader = await openStore(cfg, { readOnly: true });
  }, 60_000);
  afterAll(async () => {
    await reader?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives the writer's answer, without node-evidence once the documents are read", async () => {
    // the first ten mentions in sentence-key order (documents d0–d3), shown oldest first, undated last
    expect(expected?.evidence.map((e) => e.published)).toEqual([
      ...Array(2).fill("2019-01-02"),
      ...Array(5).fill("2021-05-01"),
      ...Array(3).fill(null),
    ]);
    const runs: string[] = [];
    const run = reader.run.bind(reader);
    reader.run = (name, ...rest) => (runs.push(name), run(name, ...rest));
    // the first answer starts reading the documents' titles (and may use node-evidence meanwhile)
    expect(await neighbourhood(reader, HUB, { limit: 5, evidenceLimit: 10 })).toEqual(expected);
    await expect.poll(() => runs.includes("document-titles")).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    runs.length = 0;
    // another page (not cached): evidence from the sentences alone, the documents joined in the server
    const next = await neighbourhood(reader, HUB, { limit: 5, evidenceLimit: 10, offset: 0, kinds: ["Agency"] });
    expect(runs).toContain("node-evidence-sentences");
    expect(runs).not.toContain("node-evidence");
    expect(next?.evidence).toEqual(expected?.evidence);
    expect(next?.neighbours).toEqual(expected?.neighbours);
  }, 60_000);
});
