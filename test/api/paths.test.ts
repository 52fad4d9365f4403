/**
 * GET /api/paths on a real Kuzu store with the seeds: the national and the Inner
 * Mongolia development and reform commissions are not connected within N steps
 * (they are kept apart); two connected entities get their shortest paths, each
 * hop with the sentences that support it.
 */
import { describe, expect, it } from "vitest";
import { serveSeeds } from "../helpers/served-seeds.js";
import type { NodeResponse, PathsResponse } from "../../schema/api.js";

const app = serveSeeds();

const get = async <T>(path: string) => {
  const res = await fetch(app.base + path);
  return { status: res.status, body: (await res.json()) as T };
};
const paths = (a: string, b: string, max = 4) =>
  get<PathsResponse>(`/api/paths?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}&max=${max}`);

const NDRC = "agency:国家发展和改革委员会";
const NM_NDRC = "agency:内蒙古自治区发展和改革委员会";
const PBOC = "agency:中国人民银行";

describe("errors first", () => {
  it.each([
    ["/api/paths?a=" + encodeURIComponent(PBOC), 400, /`a` or `b`/],
    [`/api/paths?a=${encodeURIComponent(PBOC)}&b=${encodeURIComponent(PBOC)}`, 400, /same node/],
    [`/api/paths?a=${encodeURIComponent(PBOC)}&b=${encodeURIComponent(NDRC)}&max=9`, 400, /`max`/],
    [`/api/paths?a=${encodeURIComponent(PBOC)}&b=agency:nowhere`, 404, /no entity/],
  ])("%s → %i", async (path, status, msg) => {
    const r = await get<{ error: string }>(path);
    expect(r.status).toBe(status);
    expect(r.body.error).toMatch(msg);
  });
});

describe("shortest paths", () => {
  it("the national and the Inner Mongolia commissions are not connected within 4 (or 6) steps", async () => {
    for (const max of [4, 6]) {
      const { status, body } = await paths(NDRC, NM_NDRC, max);
      expect(status).toBe(200);
      expect(body).toMatchObject({ length: null, paths: [], maxSteps: max });
      expect(body.a.id).toBe(NDRC);
      expect(body.b.id).toBe(NM_NDRC);
    }
  });

  it("two entities two steps apart: every shortest path has 2 hops, each with its evidence", async () => {
    // a node two steps from the central bank, found through the neighbourhood API
    const one = await get<NodeResponse>(`/api/nodes/${encodeURIComponent(PBOC)}?limit=200`);
    const direct = new Set([PBOC, ...one.body.neighbours.map((n) => n.id)]);
    let far: string | null = null;
    for (const n of one.body.neighbours) {
      const two = await get<NodeResponse>(`/api/nodes/${encodeURIComponent(n.id)}?limit=200`);
      far = two.body.neighbours.map((m) => m.id).find((id) => !direct.has(id)) ?? null;
      if (far) break;
    }
    expect(far).toBeTruthy();
    const { body } = await paths(PBOC, far!);
    expect(body.length).toBe(2);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const p of body.paths) {
      expect(p.nodes[0].id).toBe(PBOC);
      expect(p.nodes[p.nodes.length - 1].id).toBe(far);
      expect(p.hops.length).toBe(2);
      for (const h of p.hops) {
        expect(h.evidence.length).toBeGreaterThan(0);
        expect(h.evidence[0].text.length).toBeGreaterThan(0);
      }
    }
    // with max = 1 they are not connected
    expect((await paths(PBOC, far!, 1)).body.length).toBeNull();
  });
});
