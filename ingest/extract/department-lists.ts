/**
 * Departments named by their fields alone in a list after their division, the way local reports write a joint
 * action (台州市经信、电力、公安、市场监管等部门联合行动; 县发改、公安、供电等部门组成联合检查组): each field that is the
 * short form of a standard body of that level (经信 → 经济和信息化局, 市场监管 → 市场监督管理局, a province's 公安 →
 * 公安厅) is that body of the division; a field naming none (电力, 供电: the grid's firms) is left out.
 */
import type { Division } from "../lexicon/divisions.js";
import type { Locale } from "./places.js";
import { type Cand, divisionOfRef, localAgencyName, located, suffixAt } from "./shared.js";

/** Fields listed with 、/和/及, then 等 (a count or a kind of department between) and 部门/单位. */
const FIELD_LIST =
  /^((?:[\u4e00-\u9fff]{2,4}[、和及与]){1,12}[\u4e00-\u9fff]{2,4})等(?:\d+|[一二三四五六七八九十]+|多)?个?(?:相关|有关)?(?:职能)?(?:部门|单位)/;

/** A joint-action verb right after a body, before the fields it acts with (将会同, 联合, 协调). */
const JOINT_AFTER = /^(?:将|也|还|并|要|应|负责)?(?:会同|联合|协调|组织|联同)/;

/** A bare level word opening such a list (市发改、公安等部门): the locale's division of that level. */
const BARE_LEVEL: Record<string, Division["level"]> = { 省: "province", 市: "prefecture", 县: "county", 区: "county" };

/** Fields whose body is a committee above a county (发改委, 卫健委), a bureau in a county (发改局). */
const COMMITTEE_FIRST = new Set(["发改", "发展改革", "卫健", "卫生健康"]);

/**
 * The body a field names at a division's level: the field with the level's body words tried in order (a province's
 * 厅 first, else 局; a city's development and reform body is a 委, a county's a 局), the whole form one of the local
 * bodies' short or full forms.
 */
function bodyOfField(field: string, div: Division): string | null {
  const committee = COMMITTEE_FIRST.has(field) && div.level !== "county";
  const words =
    div.level === "province" ? ["厅", "委", "局", "办"] : committee ? ["委", "局", "办"] : ["局", "委", "办"];
  for (const w of words) {
    const form = field + w;
    const s = suffixAt(form, 0);
    if (s && s.form === form) return localAgencyName(div, s.entry.canonical);
  }
  return null;
}

/** Each listed field that names a body, as a candidate of that division's body (links to its division). */
function fieldBodies(text: string, from: number, list: string, div: Division): Cand[] {
  const out: Cand[] = [];
  let at = from;
  for (const field of list.split(/[、和及与]/)) {
    const name = bodyOfField(field, div);
    // (the field alone, 公安, is no name of the body anywhere else)
    if (name) out.push({ ...located(at, at + field.length, div, name), noAlias: true });
    at += field.length + 1;
  }
  // (a list with one body only is no list of departments: 台州市区、县等单位)
  return out.length >= 2 ? out : [];
}

/**
 * Departments listed by field after a division named right before them (among `cands`), or after a bare level word
 * opening a clause or after 由/会同/组织 when the locale has a division of that level. Returns the new candidates.
 */
export function departmentLists(text: string, cands: Cand[], locale: Locale): Cand[] {
  if (!/等(?:[^，,。；;]{0,6})(?:部门|单位)/.test(text)) return [];
  const out: Cand[] = [];
  for (const c of cands) {
    const div = divisionOfRef(c.ref);
    if (div) {
      const m = FIELD_LIST.exec(text.slice(c.end, c.end + 80));
      if (m) out.push(...fieldBodies(text, c.end, m[1]!, div));
      continue;
    }
    // (or after a local body and its joint-action verb, 自治区发展改革委将会同工信、能源、公安等部门: its division's)
    const placed = c.ref?.label === "Agency" ? c.links?.find((l) => l.type === "LOCATED_IN" && !l.from) : undefined;
    const home = placed ? divisionOfRef(placed.to) : null;
    const joint = home ? JOINT_AFTER.exec(text.slice(c.end, c.end + 12)) : null;
    const list = joint ? FIELD_LIST.exec(text.slice(c.end + joint[0].length, c.end + joint[0].length + 80)) : null;
    if (home && joint && list) out.push(...fieldBodies(text, c.end + joint[0].length, list[1]!, home));
  }
  for (const m of text.matchAll(
    /(?:^|[，,。；;：:\n]|由|会同|联合|组织|协调)\s*([省市县区])(?=[\u4e00-\u9fff]{2,4}、)/g,
  )) {
    const at = m.index + m[0].length;
    const level = BARE_LEVEL[m[1]!]!;
    const div = locale.get(level);
    const list = div ? FIELD_LIST.exec(text.slice(at, at + 80)) : null;
    if (div && list) out.push(...fieldBodies(text, at, list[1]!, div));
  }
  return out;
}
