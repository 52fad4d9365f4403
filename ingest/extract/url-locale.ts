/**
 * The document's locale from its address: a government site's host names its division in pinyin
 * (www.yaan.gov.cn → 雅安市, fgw.ganzhou.gov.cn → 赣州市, www.shimian.gov.cn → 石棉县) or, for a province's portal, by
 * the portal's short code (www.sc.gov.cn → 四川省). Only `.gov.cn` hosts: a commercial host's word may read as a
 * division's pinyin by chance (xinhuanet → 新化县). A pinyin two divisions of the same level share (taizhou: 台州, 泰州)
 * names neither. Pure; the pinyin table is built once, on the first government address.
 */
import { createRequire } from "node:module";
import { DIVISIONS, DIVISION_BY_CODE, type Division, within } from "../lexicon/divisions.js";

/**
 * Provincial portals known by a short code (source: the provincial governments' portal addresses, e.g. www.sc.gov.cn,
 * www.nmg.gov.cn, www.gxzf.gov.cn). 陕西's portal is shaanxi; 山西's is shanxi (the pinyin both share otherwise).
 */
const PORTAL_CODES: Record<string, string> = {
  bj: "11",
  tj: "12",
  hebei: "13",
  shanxi: "14",
  nmg: "15",
  ln: "21",
  jl: "22",
  hlj: "23",
  sh: "31",
  js: "32",
  zj: "33",
  ah: "34",
  fj: "35",
  jiangxi: "36",
  sd: "37",
  henan: "41",
  hubei: "42",
  hunan: "43",
  gd: "44",
  gxzf: "45",
  hainan: "46",
  cq: "50",
  sc: "51",
  guizhou: "52",
  yn: "53",
  xizang: "54",
  shaanxi: "61",
  gansu: "62",
  qinghai: "63",
  nx: "64",
  xinjiang: "65",
};

/**
 * Hong Kong's and Taiwan's papers and broadcasters by the name they sign with (Simplified; source: the outlets' own
 * mastheads). Names the mainland shares (经济日报, 文汇报, 苹果日报 of both regions) are left out.
 */
const REGION_OUTLETS: Array<[RegExp, string]> = [
  [
    /^(东方日报|东方新闻|明报|星岛日报|星岛|头条日报|大公报|香港01|信报|香港经济日报|南华早报|Now新闻|有线新闻|无线新闻|TVB|商业电台|香港电台|RTHK|立场新闻|巴士的报|BusinessFocus|am730|晴报|香港商报|成报)/i,
    "81",
  ],
  [
    /^(中央社|联合报|联合新闻网|自由时报|中国时报|中时新闻网|工商时报|ETtoday|三立新闻|TVBS|风传媒|镜周刊|今周刊|钜亨网|数位时代)/i,
    "71",
  ],
];

/** The region of an outlet of Hong Kong or Taiwan named by its masthead (东方日报 → 香港); null for others. */
export function outletDivision(name: string): Division | null {
  const code = REGION_OUTLETS.find(([re]) => re.test(name))?.[1];
  return code ? (DIVISION_BY_CODE.get(code) ?? null) : null;
}

/** Hong Kong papers' and broadcasters' hosts outside .hk (source: the outlets' own sites). */
const HK_HOSTS =
  /(^|\.)(on\.cc|mingpao\.com|stheadline\.com|singtao\.com|hk01\.com|hket\.com|hkej\.com|scmp\.com|881903\.com|wenweipo\.com|takungpao\.com|bastillepost\.com|i-cable\.com|now\.com|rthk\.hk|tvb\.com|inmediahk\.net|thestandnews\.com|orientaldaily\.on\.cc|hkcd\.com)$/;

/** The part of a division's name its site spells: the name without its level word. */
const CORE =
  /^(.{2,}?)(?:(?:回族|壮族|维吾尔|藏族|蒙古族|朝鲜族|土家族|苗族|彝族|黎族|哈萨克|傣族|白族|布依族|侗族)+)?(?:自治区|自治州|自治县|自治旗|特别行政区|地区|省|市|区|县|旗|盟|州)$/;

const LEVEL_RANK: Record<Division["level"], number> = { province: 0, prefecture: 1, county: 2 };

let table: Map<string, Division[]> | null = null;

/** pinyin (no tones, no spaces) of each division's core name → the divisions spelled so. */
function pinyinTable(): Map<string, Division[]> {
  if (table) return table;
  const { pinyin } = createRequire(import.meta.url)("pinyin-pro") as {
    pinyin: (s: string, o: { toneType: "none"; type: "array" }) => string[];
  };
  const t = new Map<string, Division[]>();
  for (const d of DIVISIONS) {
    if (d.successor) continue;
    const core = d.name.match(CORE)?.[1] ?? d.name;
    const key = pinyin(core, { toneType: "none", type: "array" })
      .join("")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
    if (key.length < 3) continue;
    t.set(key, [...(t.get(key) ?? []), d]);
  }
  table = t;
  return t;
}

/** The one division a host label spells: the highest level it names, when only one division of that level has it. */
function labelDivision(label: string): Division | null {
  const code = PORTAL_CODES[label];
  if (code) return DIVISION_BY_CODE.get(code) ?? null;
  const divs = pinyinTable().get(label);
  if (!divs?.length) return null;
  const top = Math.min(...divs.map((d) => LEVEL_RANK[d.level]));
  const atTop = divs.filter((d) => LEVEL_RANK[d.level] === top);
  return atTop.length === 1 ? atTop[0]! : null;
}

/**
 * The division a government site's address names, the most specific of its host's labels that agree (a city's
 * label inside its province's); null for other hosts, no division, or labels that disagree.
 * @example divisionFromUrl("http://fgw.ganzhou.gov.cn/a.html")?.name === "赣州市"
 */
export function divisionFromUrl(url: string | null | undefined): Division | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  // Hong Kong's and Macau's own domains, and the Hong Kong outlets' sites (on.cc of 东方日报, 明报, 星岛, 香港01, 商业电台)
  if (/\.hk$/.test(host) || HK_HOSTS.test(host)) return DIVISION_BY_CODE.get("81") ?? null;
  if (/\.mo$/.test(host)) return DIVISION_BY_CODE.get("82") ?? null;
  // Taiwan's own domain: its outlets name Taiwan's bodies bare (金管会, 央行) and the mainland's with the country
  if (/\.tw$/.test(host)) return DIVISION_BY_CODE.get("71") ?? null;
  if (!host.endsWith(".gov.cn")) return null;
  const found = host
    .split(".")
    .slice(0, -2)
    .filter((l) => l !== "www")
    .map(labelDivision)
    .filter((d): d is Division => d !== null);
  if (!found.length) return null;
  const sorted = [...found].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
  const best = sorted[0]!;
  return found.every((d) => within(best, d)) ? best : null;
}
