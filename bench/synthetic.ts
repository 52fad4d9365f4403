/**
 * Seeded synthetic graphs with realistic Chinese names, for the bad-query
 * corpus (a graph big enough for runaway queries) and the benchmarks.
 */
import { edgeId, entityId, type GraphBatch, type KgEdge, type KgNode } from "../schema/index.js";

/** Small deterministic PRNG (mulberry32): the one the bench's generated corpora, graphs and think times share. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "北京市",
  "内蒙古自治区",
  "四川省",
  "新疆维吾尔自治区",
  "青海省",
  "云南省",
  "江苏省",
  "浙江省",
  "河北省",
  "山西省",
  "辽宁省",
  "江西省",
];
const BODIES = [
  "发展和改革委员会",
  "工业和信息化厅",
  "经济和信息化局",
  "通信管理局",
  "地方金融监督管理局",
  "公安厅",
  "能源局",
];
const TOPICS = ["虚拟货币挖矿", "虚拟货币交易炒作", "数据中心能耗", "比特币矿场", "非法集资", "跨境赌博"];
const ACTS = ["关于清理整顿", "关于全面关停", "关于进一步防范", "关于坚决打击"];

/**
 * Agencies issue measures that apply to provinces.
 * @example syntheticBatch(1000, 5000, 42) // ~1000 nodes, 5000 edges, same every run
 */
export function syntheticBatch(nodeCount: number, edgeCount: number, seed = 42): GraphBatch {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const provinces: KgNode[] = PLACES.map((name, i) => ({
    id: entityId("Province", name),
    label: "Province",
    properties: { name, aliases: [], search: name, code: String(110000 + i * 10000) },
  }));
  const agencyCount = Math.max(1, Math.floor((nodeCount - provinces.length) * 0.3));
  const measureCount = Math.max(1, nodeCount - provinces.length - agencyCount);
  const agencies: KgNode[] = Array.from({ length: agencyCount }, (_, i) => {
    const name = `${pick(PLACES)}${pick(BODIES)}第${i + 1}处`;
    return {
      id: entityId("Agency", `${name}#${i}`),
      label: "Agency",
      properties: { name, aliases: [], search: name, level: "provincial" },
    };
  });
  const measures: KgNode[] = Array.from({ length: measureCount }, (_, i) => {
    const name = `${pick(ACTS)}${pick(TOPICS)}的通知（第${i + 1}号）`;
    const month = 1 + Math.floor(rand() * 12);
    return {
      id: entityId("Measure", `${name}#${i}`),
      label: "Measure",
      properties: {
        name,
        aliases: [],
        search: name,
        kind: "notice",
        date: `2021-${String(month).padStart(2, "0")}-15`,
        status: null,
      },
    };
  });
  const edges = new Map<string, KgEdge>();
  let guard = 0;
  while (edges.size < edgeCount && guard++ < edgeCount * 20) {
    const m = pick(measures);
    const e: KgEdge =
      rand() < 0.5
        ? {
            id: "",
            type: "ISSUED",
            source: pick(agencies).id,
            target: m.id,
            properties: { evidence: [], date: m.properties.date },
          }
        : {
            id: "",
            type: "APPLIES_TO",
            source: m.id,
            target: pick(provinces).id,
            properties: { evidence: [], date: null },
          };
    e.id = edgeId(e.type, e.source, e.target);
    edges.set(e.id, e);
  }
  return { nodes: [...provinces, ...agencies, ...measures], edges: [...edges.values()] };
}
