/**
 * A seeded store the size of the 5,000-article corpus (issue 11: ~6.6k entities, ~10k relationships
 * between them, 5,000 documents, ~95k sentences and as many mentions, hubs mentioned thousands of
 * times), built straight from generated rows (no extraction) so the API bench needs no corpus. Kept
 * under the OS temp dir between runs (rebuilt when the generator's parameters change). Until the
 * corpus generator (bench/corpus.ts) feeds the ingest bench, this is the API and render benches' store.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ENTITY_LABELS,
  REL_SPECS,
  documentId,
  edgeId,
  entityId,
  sentenceId,
  type EntityLabel,
  type GraphBatch,
  type KgEdge,
  type KgNode,
  type RelType,
} from "../schema/index.js";
import { searchKey } from "../schema/text.js";
import { openStore, storeConfig } from "../store/index.js";
import { refreshRanking } from "../store/ranking.js";
import { rng } from "./synthetic.js";

const PROVINCES = [
  "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
  "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
  "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区",
  "新疆维吾尔自治区",
]; // prettier-ignore
const BODIES = [
  "发展和改革委员会",
  "工业和信息化厅",
  "能源局",
  "地方金融监督管理局",
  "公安厅",
  "通信管理局",
  "市场监督管理局",
];
const SECTORS = ["矿机", "矿池", "交易所", "数据中心", "支付", "云算力"];
const TOPICS = ["虚拟货币挖矿", "虚拟货币交易炒作", "数据中心能耗", "比特币矿场", "非法集资", "跨境赌博"];
const ACTS = ["关于清理整顿", "关于全面关停", "关于进一步防范", "关于坚决打击"];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
const GIVEN = ["建国", "海峰", "志强", "丽华", "伟", "敏", "静", "磊", "洋", "勇"];

export interface BigStoreShape {
  articles: number;
  sentencesPerArticle: number;
  entities: Record<EntityLabel, number>;
  edges: number;
}

/** The 100× shape (issue 11's 5,000-article figures). */
export const SHAPE_5000: BigStoreShape = {
  articles: 5_000,
  sentencesPerArticle: 19,
  entities: {
    Agency: 1_500,
    Province: 31,
    Company: 1_400,
    Official: 800,
    Measure: 2_300,
    Person: 200,
    Place: 320,
    Country: 12,
  },
  edges: 10_500,
};

/** The batch for a shape: entities, relationships drawn with a skew (hubs), documents, sentences, mentions. */
export function bigBatch(shape: BigStoreShape, seed = 11): GraphBatch {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  /** Skewed choice: low indexes (the hubs) far more often. */
  const skew = <T>(xs: readonly T[]) => xs[Math.floor(xs.length * rand() ** 3)];
  const byLabel = new Map<EntityLabel, KgNode[]>();
  const entity = (label: EntityLabel, name: string, props: Record<string, unknown> = {}): KgNode => ({
    id: entityId(label, name),
    label,
    properties: { name, aliases: [], search: searchKey(name, []), ...props } as KgNode["properties"],
  });
  for (const label of ENTITY_LABELS) {
    const n = shape.entities[label];
    const nodes: KgNode[] = [];
    for (let i = 0; i < n; i++) {
      const p = PROVINCES[i % PROVINCES.length];
      if (label === "Province")
        nodes.push(entity(label, PROVINCES[i % PROVINCES.length], { code: String(110000 + i) }));
      else if (label === "Agency")
        nodes.push(entity(label, i === 0 ? "中国人民银行" : `${p}${pick(BODIES)}${i}处`, { level: "provincial" }));
      else if (label === "Company") nodes.push(entity(label, `${pick(SECTORS)}科技${i}有限公司`, { sector: "mining" }));
      else if (label === "Official")
        nodes.push(entity(label, `${pick(SURNAMES)}${pick(GIVEN)}${i}`, { title: "局长" }));
      else if (label === "Measure") {
        const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
        const year = 2013 + Math.floor(rand() * 10);
        nodes.push(
          entity(label, `${pick(ACTS)}${pick(TOPICS)}的通知（${p}第${i}号）`, {
            kind: "notice",
            date: `${year}-${month}-15`,
            status: null,
          }),
        );
      } else if (label === "Person")
        nodes.push(entity(label, `${pick(SURNAMES)}${pick(GIVEN)}研究员${i}`, { title: null }));
      else if (label === "Place")
        nodes.push(entity(label, `${p.slice(0, 2)}第${i}市`, { code: null, level: "prefectural" }));
      else nodes.push(entity(label, `国家${i}`));
    }
    byLabel.set(label, nodes);
  }
  const edges = new Map<string, KgEdge>();
  const types = (Object.keys(REL_SPECS) as RelType[]).filter((t) => t !== "MENTIONS" && t !== "HAS_SENTENCE");
  let guard = 0;
  while (edges.size < shape.edges && guard++ < shape.edges * 20) {
    const type = pick(types);
    const [from, to] = pick(REL_SPECS[type].endpoints) as [EntityLabel, EntityLabel];
    const a = skew(byLabel.get(from)!);
    const b = skew(byLabel.get(to)!);
    if (a.id === b.id) continue;
    const date = rand() < 0.6 ? `${2013 + Math.floor(rand() * 10)}-0${1 + Math.floor(rand() * 9)}-01` : null;
    const id = edgeId(type, a.id, b.id);
    edges.set(id, { id, type, source: a.id, target: b.id, properties: { evidence: [], date } });
  }
  const all = [...byLabel.values()].flat();
  const docs: KgNode[] = [];
  const sentences: KgNode[] = [];
  const structure: KgEdge[] = [];
  for (let d = 0; d < shape.articles; d++) {
    const docId = documentId(`corpus/${String(d).padStart(5, "0")}.txt`);
    const texts: string[] = [];
    let offset = 0;
    for (let s = 0; s < shape.sentencesPerArticle; s++) {
      const e = skew(all);
      const name = String(e.properties.name);
      const text = `据报道，${name}近日就${pick(TOPICS)}作出部署，要求各地严格落实。`;
      const sid = sentenceId(docId, s);
      const start = offset;
      offset += text.length;
      texts.push(text);
      sentences.push({
        id: sid,
        label: "Sentence",
        properties: { name: text.slice(0, 24), docId, idx: s, start, end: offset, text },
      });
      structure.push({
        id: edgeId("HAS_SENTENCE", docId, sid),
        type: "HAS_SENTENCE",
        source: docId,
        target: sid,
        properties: {},
      });
      structure.push({
        id: edgeId("MENTIONS", sid, e.id),
        type: "MENTIONS",
        source: sid,
        target: e.id,
        properties: { surface: name, start: start + 4, end: start + 4 + name.length },
      });
    }
    const year = 2013 + (d % 10);
    docs.push({
      id: docId,
      label: "Document",
      properties: {
        name: `文章${d}`,
        title: `关于虚拟货币的报道（${d}）`,
        outlet: "新华网",
        author: null,
        published: `${year}-0${1 + (d % 9)}-1${d % 10}`,
        dateInferred: false,
        language: "zh-Hans",
        path: `corpus/${d}.txt`,
        url: null,
        text: texts.join(""),
        contentHash: String(d),
      },
    });
  }
  return { nodes: [...all, ...docs, ...sentences], edges: [...edges.values(), ...structure] };
}

/**
 * A data directory holding the store for `shape`, built once and reused (`KG_BENCH_DIR` overrides where).
 * Returns the directory and whether it was built now.
 */
export async function bigStore(
  shape: BigStoreShape = SHAPE_5000,
): Promise<{ dataDir: string; built: boolean; seconds: number }> {
  const dataDir = process.env.KG_BENCH_DIR ?? join(tmpdir(), `kg-bench-api-${shape.articles}`);
  const marker = join(dataDir, "shape.json");
  const wanted = JSON.stringify(shape);
  if (existsSync(marker) && readFileSync(marker, "utf8") === wanted) return { dataDir, built: false, seconds: 0 };
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const t0 = performance.now();
  const store = await openStore(storeConfig({}, { kind: "embedded", dataDir }));
  try {
    await store.upsert(bigBatch(shape));
    await refreshRanking(store);
  } finally {
    await store.close();
  }
  writeFileSync(marker, wanted);
  return { dataDir, built: true, seconds: (performance.now() - t0) / 1000 };
}
