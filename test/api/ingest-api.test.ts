/**
 * POST /api/ingest and GET /api/events on a real server over a real Kuzu
 * store, set up as `kg serve` sets it up (read-only handle swapped for a
 * writer during an upload): per-file results (loaded, unchanged, rejected
 * with the reason, a binary file among them), reads answered during an
 * upload, an `ingest` event naming the new entities, and the write guard:
 * with the server bound to a non-loopback address, a client on another
 * address needs KG_WRITE_TOKEN to write, and reads stay open.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { openStore, storeConfig, PROJECT_ROOT } from "../../store/index.js";
import { startServer } from "../../server/http.js";
import { StoreHost } from "../../server/store-host.js";
import { createEvents } from "../../server/events.js";
import { hostedReviewService } from "../../cli/commands/review.js";
import { serveWriter } from "../../cli/serve-writer.js";
import type { IngestEvent, UploadReport } from "../../schema/upload.js";

const TOKEN = "test-write-token-8f3a";
const seed = (name: string) => readFileSync(join(PROJECT_ROOT, "seeds", name));

/** This machine's first non-loopback IPv4 address: the test needs one to be a client from elsewhere. */
function externalAddress(): string {
  const a = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal);
  if (!a) throw new Error("ingest-api test: this machine has no non-loopback IPv4 address to test the write guard.");
  return a.address;
}

interface Served {
  server: Server;
  port: number;
  close: () => Promise<void>;
}

async function serve(dataDir: string, token: string | null): Promise<Served> {
  const cfg = storeConfig({}, { kind: "embedded", dataDir });
  const reader = { readOnly: true, isolateQueries: true } as const;
  const host = new StoreHost(await openStore(cfg, reader), {
    openWriter: () => openStore(cfg),
    openReader: () => openStore(cfg, reader),
  });
  const events = createEvents();
  const articles = serveWriter(host, events, join(dataDir, "uploads"));
  // bound to every address: a non-loopback bind
  const review = hostedReviewService(host, dataDir);
  const server = await startServer(host, 0, "0.0.0.0", { articles, events, review, writePolicy: { token } });
  const addr = server.address();
  if (!addr || typeof addr !== "object") throw new Error("server did not bind");
  return {
    server,
    port: addr.port,
    close: async () => {
      events.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await host.close();
    },
  };
}

const upload = (base: string, files: unknown[], headers: Record<string, string> = {}) =>
  fetch(`${base}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ files }),
  });

let dataDir: string;
let app: Served;
let local = "";
let remote = "";

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "kg-ingest-api-"));
  app = await serve(dataDir, TOKEN);
  local = `http://127.0.0.1:${app.port}`;
  remote = `http://${externalAddress()}:${app.port}`;
}, 120_000);
afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("POST /api/ingest from this machine", () => {
  it("loads articles, rejects a binary file and an image with their reasons, keeps answering reads, sends an event", async () => {
    // listen to the event stream first
    const stream = await fetch(`${local}/api/events`);
    expect(stream.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = stream.body!.getReader();
    const eventText = (async () => {
      let text = "";
      const decoder = new TextDecoder();
      while (!/event: ingest\ndata: .*\n\n/.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      return text;
    })();

    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
    const pending = upload(local, [
      { name: "000_57e0f5cb65e350e3.txt", content: seed("000_57e0f5cb65e350e3.txt").toString("base64") },
      {
        name: "001_59280daeeeb6f7de.txt",
        content: seed("001_59280daeeeb6f7de.txt").toString("utf8"),
        encoding: "text",
      },
      { name: "scan.png", content: binary.toString("base64") },
      { name: "notes.txt", content: binary.toString("base64") },
    ]);
    // reads during the upload are answered (they wait for the write, they do not fail)
    const reads = await Promise.all([1, 2, 3].map(() => fetch(`${local}/api/stats`)));
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200]);

    const res = await pending;
    expect(res.status).toBe(200);
    const report = (await res.json()) as UploadReport;
    const byName = Object.fromEntries(report.files.map((f) => [f.name, f]));
    expect(byName["000_57e0f5cb65e350e3.txt"].status).toBe("loaded");
    expect(byName["001_59280daeeeb6f7de.txt"].status).toBe("loaded");
    expect(byName["scan.png"]).toMatchObject({ status: "rejected", reason: expect.stringMatching(/image/) });
    expect(byName["notes.txt"]).toMatchObject({ status: "rejected", reason: expect.stringMatching(/binary file/) });
    expect(report).toMatchObject({ loaded: 2, rejected: 2, unchanged: 0 });
    expect(report.entities.count).toBeGreaterThan(0);
    expect(report.relationships.count).toBeGreaterThan(0);

    const text = await eventText;
    await reader.cancel();
    const event = JSON.parse(text.match(/event: ingest\ndata: (.*)\n\n/)![1]) as IngestEvent;
    expect(event.documents).toBe(2);
    expect(event.entities.count).toBe(report.entities.count);
    expect(event.relationships.count).toBe(report.relationships.count);
    // the event's ids are in the store now
    const nodes = await fetch(`${local}/api/nodes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids: event.entities.ids.slice(0, 100) }),
    });
    const batch = (await nodes.json()) as { nodes: Array<{ id: string }> };
    expect(batch.nodes.length).toBe(Math.min(100, event.entities.ids.length));
    const search = await (await fetch(`${local}/api/search?q=${encodeURIComponent("中金支付")}`)).json();
    expect(search.hits.some((h: { name: string }) => h.name.includes("中金支付"))).toBe(true);
  }, 240_000);

  it("the same article again is unchanged and adds nothing", async () => {
    const res = await upload(local, [
      { name: "000_57e0f5cb65e350e3.txt", content: seed("000_57e0f5cb65e350e3.txt").toString("base64") },
    ]);
    const report = (await res.json()) as UploadReport;
    expect(report.files[0].status).toBe("unchanged");
    expect(report.entities.count).toBe(0);
  }, 120_000);

  it("refuses a body without files, and a non-JSON POST", async () => {
    const empty = await upload(local, []);
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toMatch(/ingest: invalid `files`/);
    const plain = await fetch(`${local}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "x",
    });
    expect(plain.status).toBe(415);
  });
});

describe("writes from another machine (server bound to a non-loopback address)", () => {
  const article = () => [
    { name: "002_14c42f6263d7a414.txt", content: seed("002_14c42f6263d7a414.txt").toString("base64") },
  ];

  it("reads stay open", async () => {
    const r = await fetch(`${remote}/api/stats`);
    expect(r.status).toBe(200);
  });

  it("refuses a write without the token, or with a wrong one, and accepts it with the token", async () => {
    const none = await upload(remote, article());
    expect(none.status).toBe(401);
    expect((await none.json()).error).toMatch(/Authorization: Bearer/);
    const wrong = await upload(remote, article(), { authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(401);
    const before = await (await fetch(`${local}/api/stats`)).json();
    expect(before.byLabel.Document).toBe(2);

    const ok = await upload(remote, article(), { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as UploadReport).files[0].status).toBe("loaded");
    const after = await (await fetch(`${local}/api/stats`)).json();
    expect(after.byLabel.Document).toBe(3);
  }, 120_000);

  it("a review decision from another machine needs the token too; listing decisions stays open", async () => {
    // two agencies the loaded articles name
    const graph = (await (await fetch(`${local}/api/graph`)).json()) as { nodes: Array<{ id: string; label: string }> };
    const [a, b] = graph.nodes.filter((n) => n.label === "Agency").map((n) => n.id);
    expect(b).toBeDefined();
    const merge = (headers: Record<string, string> = {}) =>
      fetch(`${remote}/api/review/merge`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ a, b }),
      });
    const refused = await merge();
    expect(refused.status).toBe(401);
    expect((await refused.json()).error).toMatch(/review: invalid or missing write token/);
    const list = await fetch(`${remote}/api/review`);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { overrides: unknown[] }).overrides).toEqual([]);
    // the guard, not the review, refused it: the same request with the token is carried out
    const ok = await merge({ authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    const after = await (await fetch(`${local}/api/review`)).json();
    expect(after.overrides).toHaveLength(1);
  }, 120_000);

  it("without KG_WRITE_TOKEN on the server, a write from another machine is refused and says how to allow it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-ingest-api-notoken-"));
    const other = await serve(dir, null);
    try {
      const r = await upload(`http://${externalAddress()}:${other.port}`, article());
      expect(r.status).toBe(403);
      expect((await r.json()).error).toMatch(/KG_WRITE_TOKEN/);
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
