/**
 * Requests only from the app itself, and the small things an attacker or a
 * careless user finds: each attack of the issue, replayed on a real socket
 * against a real Kuzu store as served, gets a 4xx; the security headers are
 * on every response; bodies, parameters, paths and static files behave.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request, type Server } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../server/http.js";
import { CONTENT_SECURITY_POLICY, allowedHostsFromEnv } from "../../server/security.js";
import { seededStore, type SeededStore } from "../helpers/seeded-store.js";
import { edgeId, type RelType } from "../../schema/index.js";

let seeded: SeededStore;
let server: Server;
let port: number;
let webDir: string;

beforeAll(async () => {
  // a built app of two files is enough to check static answers
  webDir = mkdtempSync(join(tmpdir(), "kg-web-"));
  mkdirSync(join(webDir, "assets"));
  writeFileSync(join(webDir, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(webDir, "assets", "app.js"), "console.log('app');");
  seeded = await seededStore({ asServed: true });
  server = await startServer(seeded.store, 0, "127.0.0.1", {
    timeoutMs: 5_000,
    rowLimit: 1_000,
    webDir,
    allowedHosts: ["kg.example.org", "10.0.0.5:8080"],
  });
  const addr = server.address();
  if (!addr || typeof addr !== "object") throw new Error("server did not bind");
  port = addr.port;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await seeded?.cleanup();
  rmSync(webDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => { error?: string; reason?: string; [k: string]: unknown };
}

/** A raw HTTP request (unlike fetch, it may set Host, Origin and Sec-Fetch-Site freely). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => {
          const text = Buffer.concat(parts).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
const JSON_TYPE = { "content-type": "application/json" };
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  raw("POST", path, { ...JSON_TYPE, ...headers }, typeof body === "string" ? body : JSON.stringify(body));
const cypher = (query: string, params?: unknown) => postJson("/api/cypher", { query, params });

describe("attacks from the issue, each refused with a 4xx", () => {
  it("a cross-origin text/plain POST does not run the query", async () => {
    const r = await raw(
      "POST",
      "/api/cypher",
      { "content-type": "text/plain", origin: "http://evil.example" },
      JSON.stringify({ query: "MATCH (n) RETURN count(n) AS c" }),
    );
    expect(r.status).toBe(415);
    expect(r.json().error).toBe("cypher: invalid content type `text/plain`. Expecting application/json.");
    expect(r.json()).not.toHaveProperty("rows");
  });

  it("a JSON POST from another origin is refused", async () => {
    const r = await postJson("/api/cypher", { query: "RETURN 1 AS one" }, { origin: "http://evil.example" });
    expect(r.status).toBe(403);
    expect(r.json().error).toMatch(/^cypher: requests from `http:\/\/evil.example` are refused/);
  });

  it("a foreign Host (DNS rebinding) is refused on the API and on the app", async () => {
    for (const path of ["/api/graph", "/api/stats", "/"]) {
      const r = await raw("GET", path, { host: `evil.example:${port}` });
      expect(r.status).toBe(421);
      expect(r.text).toMatch(/host: `evil.example:\d+` is not an address of this server/);
      expect(r.text).toMatch(/KG_ALLOWED_HOSTS/);
    }
  });

  it("a query through GET /api/export is refused; the same export by POST works", async () => {
    const query = "MATCH (a:Agency) RETURN a LIMIT 3";
    const get = await raw("GET", `/api/export?format=json&query=${encodeURIComponent(query)}`);
    expect(get.status).toBe(400);
    expect(get.json().error).toMatch(/`query` is not accepted in a GET/);
    const post = await postJson("/api/export", { format: "json", query });
    expect(post.status).toBe(200);
    expect(post.headers["content-disposition"]).toMatch(/attachment/);
    expect(JSON.parse(post.text).nodes).toHaveLength(3);
  });

  it("a POST export from another origin, or as a form, is refused", async () => {
    const form = await raw(
      "POST",
      "/api/export",
      { "content-type": "application/x-www-form-urlencoded", origin: "http://evil.example" },
      "format=json&query=MATCH%20(n)%20RETURN%20n",
    );
    expect(form.status).toBe(415);
    const other = await postJson("/api/export", { format: "json" }, { origin: "http://evil.example" });
    expect(other.status).toBe(403);
  });

  it("an API request another site's page makes is refused (Sec-Fetch-Site)", async () => {
    for (const site of ["cross-site", "same-site"]) {
      const r = await raw("GET", "/api/graph", { "sec-fetch-site": site });
      expect(r.status).toBe(403);
      expect(r.json().error).toBe(`graph: requests from other sites are refused (Sec-Fetch-Site: ${site}).`);
    }
  });

  it("range() built with arithmetic is refused before it runs", async () => {
    const r = await cypher("UNWIND range(1, 6*10000000) AS x RETURN count(*)");
    expect(r.status).toBe(400);
    expect(r.json().reason).toBe("invalid");
    expect(r.json().error).toMatch(/range\(1, 6\*10000000\) is too large to build \(60,000,000 elements/);
  });

  it("CALL current_setting('home_directory') is refused, and no path comes back", async () => {
    const r = await cypher("CALL current_setting('home_directory') RETURN *");
    expect(r.status).toBe(400);
    expect(r.json().error).toMatch(/server's settings/);
    expect(r.text).not.toContain(tmpdir());
  });
});

describe("what the app itself does still works", () => {
  it.each([
    ["127.0.0.1 with the port", () => `127.0.0.1:${port}`],
    ["localhost with the port", () => `localhost:${port}`],
    ["[::1] with the port", () => `[::1]:${port}`],
    ["localhost behind a port mapping", () => "localhost:8080"],
    ["a name from KG_ALLOWED_HOSTS", () => "kg.example.org"],
    ["a name:port from KG_ALLOWED_HOSTS", () => "10.0.0.5:8080"],
  ])("Host: %s", async (_name, host) => {
    expect((await raw("GET", "/api/stats", { host: host() })).status).toBe(200);
  });

  it("a configured name:port pins the port", async () => {
    expect((await raw("GET", "/api/stats", { host: "10.0.0.5:9999" })).status).toBe(421);
  });

  it("a same-origin JSON POST (as the app sends it), and one without Origin (curl), run", async () => {
    const same = await postJson(
      "/api/cypher",
      { query: "RETURN 1 AS one" },
      { origin: `http://127.0.0.1:${port}`, "sec-fetch-site": "same-origin" },
    );
    expect(same.status).toBe(200);
    expect(same.json().rows).toEqual([{ one: 1 }]);
    const curl = await raw(
      "POST",
      "/api/cypher",
      { "content-type": "application/json; charset=utf-8" },
      JSON.stringify({ query: "RETURN 2 AS two" }),
    );
    expect(curl.status).toBe(200);
  });

  it("a URL typed by the user (Sec-Fetch-Site: none) answers", async () => {
    expect((await raw("GET", "/api/stats", { "sec-fetch-site": "none" })).status).toBe(200);
  });

  it("KG_ALLOWED_HOSTS is a comma-separated list", () => {
    expect(allowedHostsFromEnv({ KG_ALLOWED_HOSTS: " KG.example.org, 10.0.0.5:8080 ,," })).toEqual([
      "kg.example.org",
      "10.0.0.5:8080",
    ]);
    expect(allowedHostsFromEnv({})).toEqual([]);
  });
});

describe("security headers on every response", () => {
  const EXPECTED = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
  };
  it.each([
    ["GET", "/"],
    ["GET", "/assets/app.js"],
    ["GET", "/assets/missing.js"],
    ["GET", "/api/stats"],
    ["GET", "/api/nothing"],
    ["GET", "/api/export?format=json"],
    ["POST", "/api/cypher"],
  ])("%s %s", async (method, path) => {
    const r = method === "POST" ? await cypher("RETURN 1 AS one") : await raw(method, path);
    expect(r.headers).toMatchObject(EXPECTED);
  });

  it("also on refusals", async () => {
    const r = await raw("GET", "/api/graph", { host: "evil.example" });
    expect(r.headers).toMatchObject(EXPECTED);
  });

  it("the policy is strict: own scripts only, no eval, no framing", () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
  });
});

describe("small things", () => {
  it.each([
    ["null", "`null`"],
    ["[]", "`[]`"],
    ['"MATCH (n) RETURN n"', '`"MATCH (n) RETURN n"`'],
  ])("a %s JSON body → 400 naming it", async (body, named) => {
    const r = await postJson("/api/cypher", body);
    expect(r.status).toBe(400);
    expect(r.json().error).toBe(
      `cypher: invalid body ${named}. Expecting a JSON object, e.g. {"query": "MATCH (n) RETURN n LIMIT 5"}.`,
    );
  });

  it("broken JSON → 400", async () => {
    const r = await postJson("/api/cypher", "{");
    expect(r.status).toBe(400);
    expect(r.json().error).toBe("body: invalid JSON.");
  });

  it("a parameter Kuzu would mangle is refused, naming it", async () => {
    const r = await cypher("RETURN $y AS y", { y: [1, { z: 2 }] });
    expect(r.status).toBe(400);
    expect(r.json().reason).toBe("invalid");
    expect(r.json().error).toMatch(
      /^cypher: invalid `params.y`: element 1 holds a map with keys z where the elements before it hold an integer/,
    );
  });

  it.each([
    [{ y: [1, 2.5] }],
    [{ y: ["a", 1] }],
    [{ y: [{ z: 1 }, { z: "a" }] }],
    [{ y: [{ z: 1 }, { w: 1 }] }],
    [{ y: { a: [true, 1] } }],
  ])("refused too: %j", async (params) => {
    const r = await cypher("RETURN $y AS y", params);
    expect(r.status).toBe(400);
    expect(r.json().error).toMatch(/^cypher: invalid `params\.y/);
  });

  it.each([
    [{ y: { z: [1, 2] } }],
    [{ y: [[1], [2, 3]] }],
    [
      {
        y: [
          { a: 1, b: "x" },
          { b: "y", a: 2 },
        ],
      },
    ],
    [{ y: [1.5, 2.25] }],
    [{ y: ["中国人民银行", "人民銀行"] }],
    [{ y: [1, null, 3] }],
  ])("nested parameters pass through intact: %j", async (params) => {
    const r = await cypher("RETURN $y AS y", params);
    expect(r.status).toBe(200);
    expect(r.json().rows).toEqual([params]);
  });

  it("/api/stats does not show the server's absolute data path", async () => {
    const r = await raw("GET", "/api/stats");
    const location = r.json().location as string;
    expect(location).toMatch(/kuzu\.db$/);
    expect(location.startsWith("/")).toBe(false);
    expect(location).not.toContain(tmpdir());
    expect(location).toBe(`…/${seeded.dataDir.split("/").pop()}/kuzu.db`);
  });

  it("documents show their path relative to the project, not the server's absolute path", async () => {
    const id = encodeURIComponent("doc:002_14c42f6263d7a414");
    const doc = (await raw("GET", `/api/documents/${id}`)).json() as { document: { path: string } };
    expect(doc.document.path).toMatch(/^seeds\/002_.*\.(txt|html|md)$/);
    const list = (await raw("GET", "/api/documents")).json() as { documents: Array<{ path: string }> };
    expect(list.documents.length).toBe(5);
    for (const d of list.documents) expect(d.path).toMatch(/^seeds\//);
  });

  it("a missing /assets file is a 404, not the app's HTML; app paths still get index.html", async () => {
    const missing = await raw("GET", "/assets/x.js");
    expect(missing.status).toBe(404);
    expect(missing.text).toBe("/assets/x.js: no such file in the web app.");
    expect(missing.headers["content-type"]).toMatch(/^text\/plain/);
    const js = await raw("GET", "/assets/app.js");
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toMatch(/^text\/javascript/);
    const app = await raw("GET", "/some/view");
    expect(app.status).toBe(200);
    expect(app.text).toContain("<title>app</title>");
  });

  it("other methods on the app are refused", async () => {
    const r = await raw("PUT", "/");
    expect(r.status).toBe(405);
  });
});

describe("POST /api/nodes: what the web app asks instead of composing Cypher", () => {
  it.each([
    [{}, "missing"],
    [{ ids: "agency:中国人民银行" }, "a string"],
    [{ ids: [1, 2] }, "numbers"],
    [{ ids: [""] }, "an empty id"],
    [{ ids: Array.from({ length: 1001 }, (_, i) => `agency:${i}`) }, "too many"],
  ])("%j (%s) → 400", async (body, _why) => {
    const r = await postJson("/api/nodes", body);
    expect(r.status).toBe(400);
    expect(r.json().error).toBe(
      "nodes: invalid `ids`. Expecting an array of at most 1000 node ids (non-empty strings).",
    );
  });

  it("answers the nodes and the relationships among them, as the graph overview has them", async () => {
    const overview = JSON.parse((await raw("GET", "/api/graph")).text) as {
      nodes: Array<{ id: string }>;
      edges: Array<{ type: string; source: string; target: string }>;
    };
    const pboc = "agency:中国人民银行";
    const around = overview.edges.filter((e) => e.source === pboc || e.target === pboc).slice(0, 6);
    const ids = [...new Set([pboc, ...around.map((e) => (e.source === pboc ? e.target : e.source))]), "agency:不存在"];
    const r = await postJson("/api/nodes", { ids });
    expect(r.status).toBe(200);
    const body = r.json() as { nodes: Array<{ id: string }>; edges: Array<{ id: string }> };
    expect(body.nodes.map((n) => n.id).sort()).toEqual(ids.filter((id) => id !== "agency:不存在").sort());
    const among = overview.edges.filter((e) => ids.includes(e.source) && ids.includes(e.target));
    // the overview leaves edge ids out (they are TYPE:source->target); rebuild them to compare
    expect(body.edges.map((e) => e.id).sort()).toEqual(
      among.map((e) => edgeId(e.type as RelType, e.source, e.target)).sort(),
    );
  });
});
