/**
 * Session files against the store (issue 12 part 3): the store's identity in /api/stats and
 * GET /api/session, and the check of a session file — present and missing node ids, same store
 * or not — by POST /api/session/validate and by GET /api/session with a body. Real server, real
 * Kuzu store with the seeds.
 */
import { describe, expect, it } from "vitest";
import { request } from "node:http";
import { serveSeeds } from "../helpers/served-seeds.js";
import { SESSION_FORMAT, SESSION_VERSION, type SessionFile, type StoreIdentity } from "../../schema/session.js";

const app = serveSeeds();

const PBOC = "agency:中国人民银行";
const GHOST = "agency:不存在的监管机构";

const post = async (path: string, body: unknown) => {
  const res = await fetch(app.base + path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

/** GET with a body (fetch cannot send one): what `curl -X GET --data-binary @file` does. */
const getWithBody = (path: string, body: string) =>
  new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const url = new URL(app.base + path);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "GET",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(parts).toString("utf8")) }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });

function session(ids: string[], store: StoreIdentity | null): SessionFile {
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    savedAt: "2026-12-04T09:00:00.000Z",
    store,
    graph: {
      attributes: {},
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes: ids.map((key, i) => ({ key, attributes: { label: key, kind: "Agency", x: i, y: -i } })),
      edges: [],
    },
    filters: { hiddenKinds: [], hiddenRelTypes: [], dateFrom: null, dateTo: null, province: null },
    selection: null,
    pinned: [],
    hidden: [],
    styles: { sizeMode: "degree", colorMode: "kind", labelDensity: "normal" },
    queries: { history: [], saved: [] },
    camera: null,
  };
}

describe("errors first", () => {
  it.each([
    [{ ...session([PBOC], null), version: 2 }, /invalid `version` 2\. Expecting 1/],
    [{ ...session([PBOC], null), format: "something" }, /invalid `format`/],
    [{ ...session([PBOC], null), graph: { nodes: "x", edges: [] } }, /invalid `graph\.nodes`/],
    [
      {
        ...session([PBOC], null),
        filters: { hiddenKinds: ["Dragon"], hiddenRelTypes: [], dateFrom: null, dateTo: null, province: null },
      },
      /invalid `filters\.hiddenKinds`/,
    ],
    [
      {
        ...session([PBOC], null),
        filters: { hiddenKinds: [], hiddenRelTypes: [], dateFrom: "June", dateTo: null, province: null },
      },
      /invalid `filters\.dateFrom` "June"/,
    ],
    [[1, 2], /invalid `\(file\)`/],
  ])("a malformed session file → 400 naming the field (%#)", async (body, message) => {
    const { status, body: answer } = await post("/api/session/validate", body);
    expect(status).toBe(400);
    expect(answer.error).toMatch(/^session /);
    expect(answer.error).toMatch(message);
  });

  it("bad JSON and a missing body are refused by name", async () => {
    expect(await post("/api/session/validate", "{not json")).toEqual({
      status: 400,
      body: { error: expect.stringMatching(/session: invalid JSON/) },
    });
    const empty = await post("/api/session/validate", "");
    expect(empty.status).toBe(400);
    expect((empty.body as { error: string }).error).toMatch(/missing body/);
  });
});

describe("store identity", () => {
  it("is in /api/stats and GET /api/session, stable across calls", async () => {
    const stats = (await (await fetch(app.base + "/api/stats")).json()) as {
      nodes: number;
      edges: number;
      identity: StoreIdentity;
    };
    expect(stats.identity.id).toMatch(/^embedded:[0-9a-f-]{36}$/);
    expect(stats.identity.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(stats.identity.nodes).toBe(stats.nodes);
    expect(stats.identity.edges).toBe(stats.edges);
    const s = (await (await fetch(app.base + "/api/session")).json()) as { version: number; store: StoreIdentity };
    expect(s.version).toBe(SESSION_VERSION);
    expect(s.store).toEqual(stats.identity);
  });
});

describe("validation", () => {
  it("POST /api/session/validate lists present and missing node ids and says the store matches", async () => {
    const identity = ((await (await fetch(app.base + "/api/stats")).json()) as { identity: StoreIdentity }).identity;
    const { status, body } = await post(
      "/api/session/validate",
      session([PBOC, GHOST, "province:内蒙古自治区"], identity),
    );
    expect(status).toBe(200);
    expect(body.present).toEqual([PBOC, "province:内蒙古自治区"]);
    expect(body.missing).toEqual([GHOST]);
    expect(body.store.matches).toBe(true);
    expect(body.store.sameContent).toBe(true);
    expect(body.store.current).toEqual(identity);
  });

  it("a session from another store is read, with matches false and its nodes checked all the same", async () => {
    const other: StoreIdentity = {
      id: "embedded:00000000-0000-4000-8000-000000000000",
      kind: "embedded",
      nodes: 3,
      edges: 1,
      fingerprint: "0".repeat(64),
    };
    const { status, body } = await post("/api/session/validate", session([PBOC, GHOST], other));
    expect(status).toBe(200);
    expect(body.store.matches).toBe(false);
    expect(body.store.sameContent).toBe(false);
    expect(body.store.saved).toEqual(other);
    expect(body.missing).toEqual([GHOST]);
  });

  it("GET /api/session with the file as its body answers the same", async () => {
    const file = session([PBOC, GHOST], null);
    const a = await getWithBody("/api/session", JSON.stringify(file));
    const b = await post("/api/session/validate", file);
    expect(a.status).toBe(200);
    expect(a.body).toEqual(b.body);
    expect((a.body as { store: { matches: boolean } }).store.matches).toBe(false);
  });
});
