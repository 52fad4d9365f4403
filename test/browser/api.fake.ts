/**
 * A FAKE of the explorer's HTTP API, for developing and testing the web app
 * without the real store: it reads the seed articles crudely (strip tags, split
 * on 。！？), finds a fixed list of names in them, and links names that share a
 * sentence. It answers the same routes and shapes as server/ (see
 * web/src/api/types.ts) and serves dist/web statically. It is not the product:
 * the browser suites run against the real `kg serve` (see harness.ts); this fake
 * only backs `startFakeApi()` for UI-only checks (error states, offline dev).
 *
 * @example
 *   npx tsx test/browser/api.fake.ts 5199   # then open http://127.0.0.1:5199
 */
import { createServer, type Server } from "node:http";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, extname, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import type { EntityLabel, KgEdge, KgNode, RelType } from "../../schema/index.js";
import { edgeId, entityId, toSerializedGraph } from "../../schema/index.js";

const ROOT = resolve(import.meta.dirname, "../..");

const NAMES: Array<[EntityLabel, string, string[]]> = [
  ["Agency", "中国人民银行", ["人民银行", "央行", "人民銀行", "人行"]],
  ["Agency", "国务院金融稳定发展委员会", ["金融委", "國務院金融穩定發展委員會"]],
  ["Agency", "国家发展和改革委员会", ["国家发改委", "發改委"]],
  ["Agency", "内蒙古自治区发展和改革委员会", ["内蒙古发改委", "內蒙古發改委"]],
  ["Agency", "青海省工业和信息化厅", ["青海省工信厅"]],
  ["Agency", "中国银行保险监督管理委员会", ["银保监会"]],
  ["Agency", "中国证券监督管理委员会", ["证监会"]],
  ["Agency", "公安部", []],
  ["Agency", "工业和信息化部", ["工信部"]],
  ["Agency", "北京市通信管理局", []],
  ["Agency", "中国互联网金融协会", []],
  ["Province", "内蒙古自治区", ["内蒙古", "內蒙古"]],
  ["Province", "四川省", ["四川"]],
  ["Province", "新疆维吾尔自治区", ["新疆"]],
  ["Province", "青海省", ["青海"]],
  ["Province", "北京市", ["北京"]],
  ["Province", "河北省", ["河北"]],
  ["Province", "山西省", ["山西"]],
  ["Province", "辽宁省", ["辽宁"]],
  ["Province", "云南省", ["云南"]],
  ["Province", "浙江省", ["杭州"]],
  ["Place", "昌吉回族自治州", ["昌吉"]],
  ["Company", "币安", ["Binance", "幣安"]],
  ["Company", "火币", ["Huobi", "火幣"]],
  ["Company", "OKEx", ["OKX"]],
  ["Company", "百度", []],
  ["Company", "微博", []],
  ["Company", "比特大陆", ["比特大陸"]],
  ["Company", "比特币", ["比特幣"]],
  ["Country", "美国", ["美國"]],
  ["Country", "加拿大", []],
  ["Country", "哈萨克斯坦", ["哈薩克斯坦"]],
  ["Person", "徐赐豪", []],
];

interface Sentence { id: string; docId: string; index: number; start: number; end: number; text: string }
interface Doc { id: string; title: string; outlet: string; author: string; published: string; url: string; text: string }

function loadSeeds(): { docs: Doc[]; sentences: Sentence[] } {
  const dir = join(ROOT, "seeds");
  const docs: Doc[] = [];
  const sentences: Sentence[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
    const raw = readFileSync(join(dir, f), "utf8");
    const title = /title:\s*'?([^'\n]+)'?/.exec(raw)?.[1] ?? f;
    const author = /author:\s*(.+)/.exec(raw)?.[1]?.trim() ?? "";
    const dateRaw = /date:\s*(.+)/.exec(raw)?.[1];
    const published = dateRaw ? new Date(dateRaw).toISOString().slice(0, 10) : "";
    const body = raw.replace(/^[\s\S]*?\n---\s*\n/, "").replace(/^---[\s\S]*?---/, "");
    const text = body.replace(/<\/p>/g, "\n").replace(/<[^>]+>/g, "").replace(/[ \t]+/g, "").replace(/\n{2,}/g, "\n").trim();
    const id = `doc:${f.replace(/\.txt$/, "")}`;
    docs.push({ id, title, outlet: author, author, published, url: "", text });
    const re = /[^。！？\n]+[。！？]?/g;
    let m: RegExpExecArray | null;
    let i = 0;
    while ((m = re.exec(text))) {
      if (m[0].trim().length < 4) continue;
      sentences.push({ id: `${id}#${i}`, docId: id, index: i++, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return { docs, sentences };
}

interface Mention { sentenceId: string; entityId: string; surface: string; start: number; end: number }

export function buildFakeGraph() {
  const { docs, sentences } = loadSeeds();
  const nodes = new Map<string, KgNode>();
  const mentions: Mention[] = [];
  for (const [label, name, aliases] of NAMES) {
    const id = entityId(label, name);
    nodes.set(id, { id, label, properties: { name, aliases } });
    for (const s of sentences) {
      for (const surface of [name, ...aliases]) {
        const k = s.text.indexOf(surface);
        if (k >= 0) {
          mentions.push({ sentenceId: s.id, entityId: id, surface, start: s.start + k, end: s.start + k + surface.length });
          break;
        }
      }
    }
  }
  // measures: 《…》 titles
  for (const s of sentences) {
    const re = /《([^》]{6,})》/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const name = m[1];
      const id = entityId("Measure", name);
      const doc = docs.find((d) => d.id === s.docId)!;
      if (!nodes.has(id)) nodes.set(id, { id, label: "Measure", properties: { name, aliases: [], kind: "notice", date: doc.published, status: name.includes("征求意见稿") ? "draft" : null } });
      mentions.push({ sentenceId: s.id, entityId: id, surface: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
  }
  const relOf = (a: KgNode, b: KgNode): RelType | null => {
    const k = `${a.label}>${b.label}`;
    const t: Record<string, RelType> = {
      "Agency>Measure": "ISSUED", "Measure>Province": "APPLIES_TO", "Measure>Place": "APPLIES_TO", "Measure>Company": "TARGETS",
      "Agency>Province": "LOCATED_IN", "Agency>Company": "ACTED_ON", "Company>Country": "MOVED_TO", "Place>Province": "IN_PROVINCE",
      "Person>Agency": "AFFILIATED_WITH", "Person>Company": "AFFILIATED_WITH",
    };
    return t[k] ?? null;
  };
  const edges = new Map<string, KgEdge>();
  const bySentence = new Map<string, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentenceId, [...(bySentence.get(m.sentenceId) ?? []), m]);
  for (const [sid, ms] of bySentence) {
    const s = sentences.find((x) => x.id === sid)!;
    const doc = docs.find((d) => d.id === s.docId)!;
    for (const a of ms) for (const b of ms) {
      if (a.entityId === b.entityId) continue;
      const type = relOf(nodes.get(a.entityId)!, nodes.get(b.entityId)!);
      if (!type) continue;
      const id = edgeId(type, a.entityId, b.entityId);
      const e = edges.get(id) ?? { id, type, source: a.entityId, target: b.entityId, properties: { evidence: [], date: doc.published } };
      const ev = e.properties.evidence as string[];
      if (!ev.includes(sid)) ev.push(sid);
      edges.set(id, e);
    }
  }
  return { docs, sentences, mentions, nodes, edges };
}

const MIME: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json", ".woff2": "font/woff2" };

export async function startFakeApi(port = 0): Promise<{ url: string; server: Server }> {
  const g = buildFakeGraph();
  const docById = new Map(g.docs.map((d) => [d.id, d]));
  const sentById = new Map(g.sentences.map((s) => [s.id, s]));
  const evidenceOf = (sids: string[], entity?: string) =>
    sids.map((sid) => {
      const s = sentById.get(sid)!;
      const d = docById.get(s.docId)!;
      const m = g.mentions.find((x) => x.sentenceId === sid && (!entity || x.entityId === entity)) ?? { surface: "", start: s.start, end: s.start };
      return { sentenceId: sid, docId: d.id, docTitle: d.title, published: d.published, text: s.text, surface: m.surface, start: m.start, end: m.end, sentenceStart: s.start, sentenceEnd: s.end };
    });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    const p = url.pathname;
    if (p === "/api/graph") return json(200, { nodes: [...g.nodes.values()], edges: [...g.edges.values()] });
    if (p === "/api/stats") return json(200, { store: "fake", nodes: g.nodes.size, edges: g.edges.size, byLabel: {} });
    if (p === "/api/search") {
      const q = (url.searchParams.get("q") ?? "").trim();
      const hits = [...g.nodes.values()]
        .filter((n) => q && [n.properties.name as string, ...((n.properties.aliases as string[]) ?? [])].some((s) => s.includes(q) || q.includes(s)))
        .map((n) => ({ id: n.id, label: n.label, name: n.properties.name, aliases: n.properties.aliases, score: 1 }));
      return json(200, { query: q, normalized: q, hits: hits.slice(0, Number(url.searchParams.get("limit") ?? 20)) });
    }
    if (p.startsWith("/api/nodes/")) {
      const id = decodeURIComponent(p.slice("/api/nodes/".length));
      const node = g.nodes.get(id);
      if (!node) return json(404, { error: `nodes: no node with id ${id}` });
      const limit = Number(url.searchParams.get("limit") ?? 50);
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const inc = [...g.edges.values()].filter((e) => e.source === id || e.target === id);
      const nbIds = [...new Set(inc.map((e) => (e.source === id ? e.target : e.source)))].sort();
      const page = nbIds.slice(offset, offset + limit);
      const edges = inc.filter((e) => page.includes(e.source === id ? e.target : e.source));
      const sids = g.mentions.filter((m) => m.entityId === id).map((m) => m.sentenceId);
      return json(200, { node, neighbours: page.map((x) => g.nodes.get(x)), edges, total: nbIds.length, limit, offset, evidence: evidenceOf(sids, id) });
    }
    if (p.startsWith("/api/edges/")) {
      const id = decodeURIComponent(p.slice("/api/edges/".length));
      const edge = g.edges.get(id);
      if (!edge) return json(404, { error: `edges: no edge with id ${id}` });
      return json(200, { edge, source: g.nodes.get(edge.source), target: g.nodes.get(edge.target), evidence: evidenceOf(edge.properties.evidence as string[], edge.source) });
    }
    if (p.startsWith("/api/documents/")) {
      const id = decodeURIComponent(p.slice("/api/documents/".length));
      const d = docById.get(id);
      if (!d) return json(404, { error: `documents: no document with id ${id}` });
      const sentences = g.sentences.filter((s) => s.docId === id).map(({ id, index, start, end, text }) => ({ id, index, start, end, text }));
      const mentions = g.mentions
        .filter((m) => sentById.get(m.sentenceId)!.docId === id)
        .map((m) => ({ ...m, label: g.nodes.get(m.entityId)!.label, name: g.nodes.get(m.entityId)!.properties.name }));
      return json(200, { document: d, sentences, mentions });
    }
    if (p === "/api/examples") {
      return json(200, [
        { name: "Who issued what", description: "Agencies and the measures they issued", query: "MATCH (a:Agency)-[r:ISSUED]->(m:Measure) RETURN a.name AS agency, m.name AS measure, r.date AS date ORDER BY date" },
      ]);
    }
    if (p === "/api/cypher" && req.method === "POST") {
      let body = "";
      for await (const c of req) body += c;
      const { query } = JSON.parse(body || "{}") as { query?: string };
      if (!query || /\b(CREATE|MERGE|DELETE|SET)\b/i.test(query)) return json(400, { error: "cypher: write queries are not allowed (read-only endpoint)." });
      const nodes = [...g.nodes.values()].filter((n) => n.label === "Agency");
      return json(200, { columns: ["n"], rows: nodes.map((n) => ({ n: { _type: "node", ...n } })), graph: { nodes, edges: [] }, truncated: false, elapsedMs: 1 });
    }
    if (p === "/api/export") {
      return json(200, toSerializedGraph({ nodes: [...g.nodes.values()], edges: [...g.edges.values()] }));
    }
    if (p.startsWith("/api/")) return json(404, { error: `no route ${p}` });
    const file = join(ROOT, "dist/web", p === "/" ? "index.html" : p);
    const target = existsSync(file) && statSync(file).isFile() ? file : join(ROOT, "dist/web/index.html");
    res.writeHead(200, { "content-type": MIME[extname(target)] ?? "application/octet-stream" });
    res.end(readFileSync(target));
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const addr = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${addr.port}`, server };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startFakeApi(Number(process.argv[2] ?? 0));
  console.log(`fake API on ${url}`);
}
