/** After the choice of mentions: companies' branches, places and glosses, registered names unified with brands, China arms of foreign firms. */
import { BRANCH_WORDS } from "../lexicon/companies.js";
import { type Cand, divisionAt, divisionLinks, relinked } from "./shared.js";
import type { EntityRef } from "../types.js";
import type { Division } from "../lexicon/divisions.js";
import { newCompany, BANK_SHORT_NAMES, canonicalParens } from "./company-names.js";

/** Words that make what stands before a branch word a determiner, not the branch's place (各分行, 下属支行). */
const NOT_A_PLACE =
  /^(各|该|本|其|总|所属|下属|辖区|相关|有关|多家|部分|当地|本地|属地|所在地|附近|上级|基层)|[的在和与及对向由是为等了]/;

/**
 * A company's branch written after it (X公司Y分公司, X银行Y分行, X银行Y分行Z支行): a company of its own named by its
 * parent's name + Y + the branch word (lexicon/companies.ts BRANCH_WORDS), Y a division or a short place name of two
 * to four characters (a sub-branch's up to seven, opening with its city: 杭州科技城支行); the parent stays a node as the
 * inner mention. A grid company's county unit (…供电分公司) is
 * read with its suffix by `patternOrgs`.
 */
export function branchCompanies(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  if (!BRANCH_WORDS.some((w) => text.includes(w))) return out;
  const byEnd = new Map<number, Cand>();
  const keep = (c: Cand): void => {
    const b = byEnd.get(c.end);
    if (!b || c.end - c.start > b.end - b.start) byEnd.set(c.end, c);
  };
  for (const c of cands) if (c.ref?.label === "Company") keep(c);
  if (!byEnd.size) return out;
  const hits: Array<[number, string]> = [];
  for (const w of BRANCH_WORDS)
    for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + w.length)) hits.push([p, w]);
  hits.sort((a, b) => a[0] - b[0]);
  for (const [p, w] of hits) {
    if (w === "分公司" && text.slice(p - 2, p) === "供电") continue;
    for (let len = 2; len <= 7; len++) {
      const parent = byEnd.get(p - len);
      if (!parent) continue;
      const place = text.slice(p - len, p);
      if (!/^[\u4e00-\u9fff]+$/.test(place) || NOT_A_PLACE.test(place)) break;
      // (a sub-branch's name longer than a place's opens with its city: 杭州科技城支行)
      if (len > 4 && (w !== "支行" || !divisionAt(place, 0, null))) break;
      // as written: a known parent written in full (中国电信股份有限公司四川分公司) or by a name (农业银行余杭支行) keeps
      // that form; a bank's two-character name (招行西二旗支行) gives way to the bank's name, the form as written an alias
      const written = canonicalParens(text.slice(parent.start, p + w.length));
      const short = text.slice(parent.start, parent.end) in BANK_SHORT_NAMES;
      const branch: Cand = {
        start: parent.start,
        end: p + w.length,
        ref: newCompany({
          name: short ? parent.ref!.name + text.slice(parent.end, p + w.length) : written,
          aliases: short ? [written] : [],
          sector: parent.ref!.properties.sector as string | null,
        }),
        // over the lexicon's reading of a known company's branch (agencies.ts), which keeps no parent
        priority: 8,
        role: "company",
        inner: [parent],
      };
      out.push(branch);
      keep(branch);
      break;
    }
  }
  return out;
}

/** A state grid company's prefix before its division (国网四川省电力公司, 国家电网江西省电力有限公司). */
const GRID_PREFIX = /^(国网|国家电网)/;

/** The division a chain of divisions starting at `i` ends in (四川省雅安市 → 雅安市), when each step is one division. */
function chainAt(text: string, i: number, end: number): { div: Division; end: number } | null {
  let found = divisionAt(text, i, null);
  if (!found || found.divs.length !== 1 || i + found.len > end) return null;
  let div = found.divs[0]!;
  let j = i + found.len;
  while ((found = divisionAt(text, j, div)) && found.divs.length === 1 && j + found.len <= end) {
    div = found.divs[0]!;
    j += found.len;
  }
  return { div, end: j };
}

/**
 * Where a company is registered, as its name says (企业名称登记管理规定: a name opens with the division of the
 * authority that registered it; a branch's name ends with its own place before 分公司/分行): a LOCATED_IN link on each
 * company candidate naming a division there (鄂尔多斯市X科技有限公司 → 鄂尔多斯市, 国网四川省电力公司 → 四川省,
 * X银行雅安市分行 → 雅安市). Returns new candidates; the others are returned as they are.
 */
export function companyLocations(text: string, chosen: Cand[]): Cand[] {
  return chosen.map((c) => {
    if (c.ref?.label !== "Company" || c.links?.some((l) => l.type === "LOCATED_IN")) return c;
    const span = text.slice(c.start, c.end);
    let div: Division | null = null;
    // a branch's place, right before its branch word
    const branch = BRANCH_WORDS.find((w) => span.endsWith(w));
    if (branch) {
      const at = c.end - branch.length;
      for (let len = 2; len <= 8 && !div; len++) {
        const p = at - len;
        if (p <= c.start) break;
        const chain = chainAt(text, p, at);
        if (chain?.end === at) div = chain.div;
      }
    }
    // else the division opening the name (after a grid company's prefix)
    if (!div) {
      const grid = span.match(GRID_PREFIX)?.[0].length ?? 0;
      const chain = chainAt(text, c.start + grid, c.end);
      // the division is the place, not the whole name (四川 of 四川电力交易中心; not 雅安市 alone)
      if (chain && chain.end < c.end) div = chain.div;
    }
    // or the division in parentheses after the trade name (X（北京）科技有限公司)
    const paren = div ? null : /[(（]([\u4e00-\u9fff]{2,8})[)）]/.exec(span);
    if (paren) {
      const at = c.start + paren.index + 1;
      const chain = chainAt(text, at, at + paren[1]!.length);
      if (chain?.end === at + paren[1]!.length) div = chain.div;
    }
    // or, written by a short name (港交所), the division its full name opens with (香港交易所)
    if (!div && c.ref.name !== span) {
      const chain = chainAt(c.ref.name, 0, c.ref.name.length);
      if (chain && chain.end < c.ref.name.length) div = chain.div;
    }
    if (!div) return c;
    // (and the place's province, as a place named in the text has it)
    return { ...c, links: [...(c.links ?? []), ...divisionLinks(div)] };
  });
}

/**
 * A firm's Latin gloss in brackets right after its name (火币商城(Huobi), 莱比特矿池(BTC.TOP)) glosses that firm, even
 * when the lexicon knows the Latin name as another's (Huobi of 火币): an alias of the name before it, no mention of
 * its own. Returns new candidates.
 */
export function glossedFirms(text: string, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of chosen) {
    const prev = out.at(-1);
    if (
      prev?.ref?.label === "Company" &&
      c.ref?.label === "Company" &&
      c.ref !== prev.ref &&
      c.ref.name !== prev.ref.name &&
      /^[（(]\s?$/.test(text.slice(prev.end, c.start)) &&
      /^\s?[）)]/.test(text.slice(c.end, c.end + 2)) &&
      /^[A-Za-z][A-Za-z0-9 .-]*$/.test(text.slice(c.start, c.end))
    ) {
      const alias = text.slice(c.start, c.end);
      out[out.length - 1] = { ...prev, ref: { ...prev.ref, aliases: [...new Set([...prev.ref.aliases, alias])] } };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A registered name with its place of registration in brackets after the brand: 支付宝（中国）网络技术有限公司. */
const BRAND_REGISTERED =
  /^(.{2,12}?)[（(][\u4e00-\u9fff]{2,3}[)）][\u4e00-\u9fff]{0,12}?(?:股份有限|有限责任|有限)公司$/;

/**
 * One firm per brand in a document: a registered name with its place in brackets after the brand (支付宝（中国）网络技术
 * 有限公司) is the firm the text also names by that brand (支付宝), the registered name an alias; alone, it stays a
 * firm of its own. Every candidate's ref and links are moved. Returns new candidates.
 */
export function unifyRegisteredNames(chosen: Cand[]): Cand[] {
  const brands = new Map<string, EntityRef>();
  for (const c of chosen)
    if (c.ref?.label === "Company") for (const f of [c.ref.name, ...c.ref.aliases]) brands.set(f.toLowerCase(), c.ref);
  const moved = new Map<string, EntityRef>();
  for (const c of chosen) {
    const brand = c.ref?.label === "Company" ? c.ref.name.match(BRAND_REGISTERED)?.[1] : undefined;
    const to = brand ? brands.get(brand.toLowerCase()) : undefined;
    if (to && to.name !== c.ref!.name && !moved.has(c.ref!.name))
      moved.set(c.ref!.name, { ...to, aliases: [...new Set([...to.aliases, c.ref!.name, ...c.ref!.aliases])] });
  }
  if (!moved.size) return chosen;
  // (the brand's own candidates take the aliases too, so that every mention carries one ref)
  for (const [, ref] of [...moved]) moved.set(ref.name, ref);
  const swap = (r: EntityRef): EntityRef => (r.label === "Company" ? (moved.get(r.name) ?? r) : r);
  return chosen.map((c) =>
    c.ref?.label !== "Company" && !c.links?.length
      ? c
      : {
          ...c,
          ref: c.ref && swap(c.ref),
          links: relinked(c.links, swap),
        },
  );
}

/**
 * One firm (or measure) per place-led name in a document: a name opening with a division's short form (镇江供电公司,
 * 江苏电力条例) is the one the text also names with the division's full name (镇江市供电公司, 江苏省电力条例), which
 * wins; and a firm's name that another firm's name ends with after divisions or the grid's prefix (江宁区供电公司 of
 * 国网南京市江宁区供电公司) is that firm. The other names become aliases. Returns new candidates (refs are copied).
 */
export function unifyFirmPlaces(chosen: Cand[]): Cand[] {
  const keyOf = (name: string): string | null => {
    const d = divisionAt(name, 0, null);
    return d && d.divs.length === 1 ? `${d.divs[0]!.code}|${name.slice(d.len)}` : null;
  };
  const full = new Map<string, EntityRef>();
  const firms: EntityRef[] = [];
  for (const c of chosen) {
    if (c.ref?.label !== "Company" && c.ref?.label !== "Measure") continue;
    if (c.ref.label === "Company") firms.push(c.ref);
    const k = keyOf(c.ref.name);
    const d = divisionAt(c.ref.name, 0, null);
    if (k && d && c.ref.name.startsWith(d.divs[0]!.name)) full.set(`${c.ref.label}|${k}`, c.ref);
  }
  // the longer firm whose name ends with this one after a prefix of divisions (and 国网)
  const longer = (name: string): EntityRef | undefined =>
    firms.find((f) => {
      if (f.name.length <= name.length || !f.name.endsWith(name)) return false;
      let rest = f.name.slice(0, -name.length).replace(/^(国网|国家电网)/, "");
      for (let d = divisionAt(rest, 0, null); rest && d; d = divisionAt(rest, 0, null)) rest = rest.slice(d.len);
      return rest === "";
    });
  return chosen.map((c) => {
    if (c.ref?.label !== "Company" && c.ref?.label !== "Measure") return c;
    const k = keyOf(c.ref.name);
    const byPlace = k ? full.get(`${c.ref.label}|${k}`) : undefined;
    const to =
      (byPlace && byPlace.name !== c.ref.name ? byPlace : undefined) ??
      (c.ref.label === "Company" ? longer(c.ref.name) : undefined);
    if (!to || to === c.ref || to.name === c.ref.name) return c;
    const old = c.ref;
    const ref = { ...to, aliases: [...new Set([...to.aliases, old.name])] };
    const links = relinked(c.links, (r) => (r === old ? ref : r));
    return { ...c, ref, links };
  });
}

/**
 * A firm's China arm written as its name and 中国 (火币中国, OKEx中国): a firm of its own, named as written (the firm
 * itself is not mentioned there); not the firm's China market or users (火币中国区, 火币中国用户, 火币中国大陆业务).
 */
export function chinaArms(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    if (c.ref?.label !== "Company" || text.slice(c.end, c.end + 2) !== "中国") continue;
    if (/^[区大市用业境人内地站]|^(?:银行|人民|证监|政府)/.test(text.slice(c.end + 2, c.end + 4))) continue;
    const name = text.slice(c.start, c.end) + "中国";
    out.push({
      start: c.start,
      end: c.end + 2,
      ref: newCompany({ name, aliases: [], sector: (c.ref.properties.sector as string | null) ?? null }),
      priority: c.priority + 1,
      role: "company",
    });
  }
  return out;
}
