/**
 * server/store-host.ts on a real Kuzu store opened as `kg serve` opens it:
 * a write takes the store from the read-only handle (reads that arrive
 * meanwhile wait and are then answered, by the fresh handle, with the
 * written data), writes run one at a time, and a write that fails still
 * gives the readers their store back. Answers kept per read-only handle (neighbourhoods, overviews) are
 * served again without asking the store, and never outlive a write.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, storeConfig, type GraphStore } from "../../store/index.js";
import { StoreHost } from "../../server/store-host.js";
import { neighbourhood, rankedOverview } from "../../server/graph.js";

const READER = { readOnly: true, isolateQueries: true } as const;
let dataDir: string;
let host: StoreHost;

const agency = (name: string) => ({
  nodes: [{ id: `agency:${name}`, label: "Agency" as const, properties: { name, aliases: [name], level: "central" } }],
  edges: [],
});
const agencies = (store: GraphStore) => store.counts().then((c) => c.byLabel.Agency ?? 0);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "kg-store-host-"));
  const cfg = storeConfig({}, { kind: "embedded", dataDir });
  host = new StoreHost(await openStore(cfg, READER), {
    openWriter: () => openStore(cfg),
    openReader: () => openStore(cfg, READER),
  });
}, 60_000);
afterAll(async () => {
  await host?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("StoreHost", () => {
  it("reads that arrive during a write wait for it and see what it wrote", async () => {
    const before = host.current;
    expect(await host.read(agencies)).toBe(0);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const write = host.write(async (store) => {
      expect((store as { readOnly?: boolean }).readOnly).toBe(false);
      await store.upsert(agency("甲局"));
      await gate;
    });
    await new Promise((r) => setTimeout(r, 200));
    let answered = false;
    const read = host.read(agencies).then((n) => {
      answered = true;
      return n;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(answered).toBe(false);
    release();
    await write;
    expect(await read).toBe(1);
    expect(host.current).not.toBe(before);
    expect((host.current as { readOnly?: boolean }).readOnly).toBe(true);
  }, 60_000);

  it("writes run one at a time, in order; a failed write gives the store back to readers", async () => {
    const order: string[] = [];
    const a = host.write(async (s) => {
      order.push("a:start");
      await s.upsert(agency("乙局"));
      await new Promise((r) => setTimeout(r, 200));
      order.push("a:end");
    });
    const b = host.write(async () => {
      order.push("b:start");
      throw new Error("broken article");
    });
    await a;
    await expect(b).rejects.toThrow("broken article");
    expect(order).toEqual(["a:start", "a:end", "b:start"]);
    expect(await host.read(agencies)).toBe(2);
  }, 60_000);

  it("a neighbourhood is read once per read-only handle, and a write's new handle answers with the new data", async () => {
    await host.write((s) =>
      s.upsert({
        nodes: agency("丙局").nodes,
        edges: [],
      }),
    );
    const store = host.current;
    const runs: string[] = [];
    const run = store.run.bind(store);
    store.run = (name, ...rest) => (runs.push(name), run(name, ...rest));
    const first = await host.read((s) => neighbourhood(s, "agency:丙局", { limit: 5 }));
    expect(first?.total).toBe(0);
    expect(runs.length).toBeGreaterThan(0);
    runs.length = 0;
    // the same page again: the same answer, no statement
    expect(await host.read((s) => neighbourhood(s, "agency:丙局", { limit: 5 }))).toBe(first);
    expect(await host.read((s) => rankedOverview(s, { limit: 3 }))).toBe(
      await host.read((s) => rankedOverview(s, { limit: 3 })),
    );
    runs.length = 0;
    // another page is another answer
    await host.read((s) => neighbourhood(s, "agency:丙局", { limit: 5, offset: 5 }));
    expect(runs.length).toBeGreaterThan(0);
    // a relationship written: the next read (a fresh handle) sees it
    await host.write((s) =>
      s.upsert({
        nodes: agency("丁局").nodes,
        edges: [
          {
            id: "WORKED_WITH:agency:丙局->agency:丁局",
            type: "WORKED_WITH",
            source: "agency:丙局",
            target: "agency:丁局",
            properties: { evidence: [], date: null },
          },
        ],
      }),
    );
    expect(host.current).not.toBe(store);
    const after = await host.read((s) => neighbourhood(s, "agency:丙局", { limit: 5 }));
    expect(after?.total).toBe(1);
    expect(after?.neighbours.map((n) => n.id)).toEqual(["agency:丁局"]);
  }, 60_000);

  it("a handle that can write is asked every time (nothing kept)", async () => {
    const writer = await host.write(async (s) => {
      const runs: string[] = [];
      const run = s.run.bind(s);
      s.run = (name, ...rest) => (runs.push(name), run(name, ...rest));
      const a = await neighbourhood(s, "agency:丙局", { limit: 5 });
      const n = runs.length;
      const b = await neighbourhood(s, "agency:丙局", { limit: 5 });
      expect(b).toEqual(a);
      expect(b).not.toBe(a);
      return runs.length - n;
    });
    expect(writer).toBeGreaterThan(0);
  }, 60_000);
});
