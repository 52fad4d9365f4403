/**
 * Bodies below the county and outside the division table: township and town party committees and
 * governments (X镇党委 → 中共X镇委员会, X乡政府 → X乡人民政府), sub-district offices (X街道办 → X街道办事处),
 * police stations and branches named by their area (X派出所, X公安分局) and the management committees of
 * development zones (X开发区管委会 → X开发区管理委员会). The name part is read
 * back from the suffix to the nearest boundary (punctuation, a function word, a division's end).
 */
import { COUNTY_SHORT_FORMS, DIVISION_FORMS, provinceOf, type Division } from "../lexicon/divisions.js";
import { type Cand, agencyRef, divisionAt, divisionLinks, divisionRef, isCjk, LEVEL_OF } from "./shared.js";
import type { EntityRef } from "../types.js";
import { type Locale, divisionMention } from "./places.js";

const STOPS = "的在和与及对向由是为从据称将被把让给等了着过也都还就又并或即于以其该这那此各每某自来到者些、原前任至";
/** Name parts that are generic words, not a place's name (乡镇街道, 城乡, 各镇街). */
const GENERIC = /^(乡镇|城乡|镇街|全镇|各|本|我|所在|辖区|相关|有关|属地|基层|农村|城区|村)|[乡镇村]$/;

/** Words of place or kind before 派出所 that name no station (当地, 附近, 辖区, 一家, 公安), and words of going or passing (虽经派出所, 报到派出所). */
const NOT_A_STATION_NAME =
  /^(当地|附近|所在|辖区|基层|各地|各级|属地|本地|就近|最近|城区|农村|乡镇|公安|警方|全国|全省|全市|全县|全区|一家|一个|多个|多家|两个|这个|那个|哪个|相关|有关|涉事|当事|虽|已|曾|均|仍|再|经|[他她我你])|[个家名位经到往赴去交报送找向进入]$/;

/** Words of time that may stand glued before a name (3月底, 日前, 近日, 昨天), read at their end. */
const TIME_BEFORE_NAME_END =
  /(?:\d月底|\d月初|\d月中|\d月末|年底|年初|年末|日前|近日|近期|昨天|昨日|今天|今日|当天|当日|随后|此前|目前)$/;

/** Read a name of `min`..`max` characters ending before `end`; null when no boundary is met within `max`. */
function nameBefore(
  text: string,
  end: number,
  min: number,
  max: number,
  divisionEnd = /[县区市旗]/,
): { start: number; name: string } | null {
  // (a time word glued before it, 3月底八百垧公安分局, 日前X派出所: the name starts after it)
  for (let t = end - min; t >= Math.max(0, end - max); t--) {
    const name = text.slice(t, end);
    if (
      TIME_BEFORE_NAME_END.test(text.slice(Math.max(0, t - 3), t)) &&
      [...name].every((x) => isCjk(x) && !STOPS.includes(x) && !divisionEnd.test(x)) &&
      !GENERIC.test(name)
    )
      return { start: t, name };
  }
  let s = end;
  while (s > 0 && end - s < max) {
    const c = text[s - 1]!;
    if (!isCjk(c) || STOPS.includes(c) || divisionEnd.test(c)) break;
    s--;
  }
  // 其中X镇: the 中 of 其中 is no part of the name
  const qz = text[s - 1] === "其" && text[s] === "中";
  if (qz) s++;
  const c = text[s - 1];
  if (!qz && s > 0 && isCjk(c) && !STOPS.includes(c!) && !divisionEnd.test(c!)) return null;
  const name = text.slice(s, end);
  return name.length >= min && name.length <= max && !GENERIC.test(name) ? { start: s, name } : null;
}

/**
 * A town's name of two or three characters written right after its county or city (崇义县聂都乡, 某县和平镇): read
 * whole even where a character of it is a function word elsewhere (都, 和, 安), since the division bounds it.
 */
function nameAfterDivision(text: string, end: number): { start: number; name: string } | null {
  for (const len of [2, 3]) {
    const name = text.slice(end - len, end);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || /[的了在是为被把将乡镇村]/.test(name) || GENERIC.test(name)) continue;
    const d = divisionEndingAt(text, end - len, (d) => d.level === "county" || d.level === "prefecture");
    if (d && /[县区市旗]$/.test(text.slice(d.start, end - len))) return { start: end - len, name };
  }
  return null;
}

/** The division written right before `start` (迁西县 in 迁西县X镇党委, 康定市 in 康定市姑咱镇), else null. */
function divisionRightBefore(text: string, start: number): Division | null {
  return divisionEndingAt(text, start, () => true)?.div ?? null;
}

/**
 * The longest form of one division ending right at `end` that `accept` takes (成都 in 成都高新区, 深圳市 in 深圳市前海…),
 * with where it starts.
 */
function divisionEndingAt(
  text: string,
  end: number,
  accept: (d: Division) => boolean,
): { start: number; div: Division } | null {
  for (let len = 6; len >= 2; len--) {
    if (end - len < 0) continue;
    const divs = DIVISION_FORMS.get(text.slice(end - len, end));
    if (divs?.length === 1 && accept(divs[0]!)) return { start: end - len, div: divs[0]! };
  }
  return null;
}

/** The division written right before `start`, else the document's county locale. */
function divisionBefore(text: string, start: number, locale: Locale | null): Division | null {
  return divisionRightBefore(text, start) ?? locale?.get("county") ?? null;
}

/**
 * A county's or district's short form (its name without 区 or 县) opening a town's written name, when it is one
 * county's in the whole table (惠山 of 惠山洛社 → 无锡市惠山区) and two characters of the town's own name follow.
 */
function shortCountyOpening(name: string): { len: number; div: Division } | null {
  if (name.length !== 4) return null;
  const stem = name.slice(0, 2);
  // (a new district's too: 浦东 of 浦东新区)
  for (const l of ["区", "县", "新区"]) {
    const d = divisionAt(stem + l, 0, null);
    if (d?.len === 2 + l.length && d.divs.length === 1 && d.divs[0]!.level === "county")
      return { len: 2, div: d.divs[0]! };
  }
  return null;
}

/** A town or township as a Place (no code: it is below the division table), in the province of its county. */
function townPlace(start: number, end: number, name: string, county: Division): Cand {
  const ref: EntityRef = { label: "Place", name, aliases: [], properties: { code: null, level: "township" } };
  return {
    start,
    end,
    ref,
    priority: 4,
    links: [{ type: "IN_PROVINCE", from: ref, to: divisionRef(provinceOf(county)), properties: {} }],
  };
}

function located(c: Cand, div: Division | null): Cand {
  if (!div) return c;
  c.links = divisionLinks(div);
  return c;
}

/**
 * Offices of a town or sub-district government (written form → full name): the economic-development bureau, the
 * comprehensive law-enforcement bureau and the like. Source: the township institutional reforms (乡镇机构改革,
 * e.g. 广东 简政强镇事权改革 2010, 乡镇（街道）综合行政执法改革 2019), which set these offices up below the county.
 */
const TOWN_OFFICES: Array<[string, string]> = [
  ["经济发展局", "经济发展局"],
  ["经发局", "经济发展局"],
  ["经济发展办公室", "经济发展办公室"],
  ["经发办", "经济发展办公室"],
  ["综合行政执法局", "综合行政执法局"],
  ["综合执法局", "综合行政执法局"],
  ["综合行政执法办公室", "综合行政执法办公室"],
  ["综合执法办", "综合行政执法办公室"],
  ["综合行政执法队", "综合行政执法队"],
  ["城市管理局", "城市管理局"],
  ["派出所", "派出所"],
];
const TOWN_OFFICE = new RegExp(`^(${TOWN_OFFICES.map(([f]) => f).join("|")})`);

/** The last prefecture or county the paragraph names before `pos` (东莞市 … 清溪镇经济发展局). */
function divisionEarlier(text: string, pos: number): Division | null {
  const from = text.lastIndexOf("\n", pos) + 1;
  let last: Division | null = null;
  for (let i = from; i < pos; i++) {
    const d = divisionAt(text, i, null);
    if (d?.divs.length === 1 && d.divs[0]!.level !== "province") {
      last = d.divs[0]!;
      i += d.len - 1;
    }
  }
  return last;
}

/** Township, town and sub-district bodies, and development zones' management committees. */
export function subCountyBodies(text: string, out: Cand[], locale: Locale): void {
  let m: RegExpExecArray | null;
  // the offices of a town's government (X镇经济发展局, X街道综合执法办): Agencies named in full
  const office = /(镇|乡|街道)(?=经济发展|经发|综合行政执法|综合执法|城市管理局|派出所)/g;
  while ((m = office.exec(text))) {
    const o = text.slice(m.index + m[0].length).match(TOWN_OFFICE);
    const n = o && nameBefore(text, m.index, 2, 4);
    if (!o || !n) continue;
    const full = TOWN_OFFICES.find(([f]) => f === o[1])![1];
    const name = `${n.name}${m[1]}${full}`;
    const div = divisionBefore(text, n.start, locale) ?? locale.get("prefecture") ?? divisionEarlier(text, n.start);
    const c: Cand = {
      start: n.start,
      end: m.index + m[0].length + o[1]!.length,
      ref: agencyRef(name, "county"),
      priority: 6,
      role: "gov",
    };
    // (the office lies in its town, a Place in the county's province, when the county or city is known)
    const town = div && m[1] !== "街道" ? townPlace(n.start, m.index + m[0].length, `${n.name}${m[1]}`, div) : null;
    if (town) {
      c.links = [{ type: "LOCATED_IN", to: town.ref!, properties: {} }];
      c.inner = [town];
    }
    out.push(town ? c : located(c, div));
  }
  // a police station named by its town or area alone (X派出所, the town word left out): the station, when the name is
  // no generic word of place (当地派出所, 附近派出所, 辖区派出所)
  for (let p = text.indexOf("派出所"); p >= 0; p = text.indexOf("派出所", p + 3)) {
    if (/[镇乡道局队]/.test(text[p - 1] ?? "")) continue;
    // (its district's short form may open it, 浦东潍坊派出所: the station of 潍坊 in 浦东新区, no city of that name)
    const four = nameBefore(text, p, 4, 4);
    const district = four ? shortCountyOpening(four.name) : null;
    const n = district ? { start: four!.start, name: four!.name.slice(district.len) } : nameBefore(text, p, 2, 3);
    if (!n || NOT_A_STATION_NAME.test(n.name)) continue;
    // (a province's or a city's name alone before it, 被上海派出所扣押: a station somewhere there, none named; after
    // its district, 浦东新区潍坊派出所, the same name is the station's)
    const wide = divisionAt(n.name, 0, null);
    if (
      !district &&
      wide?.len === n.name.length &&
      wide.divs.every((d) => d.level !== "county") &&
      !divisionRightBefore(text, n.start)
    )
      continue;
    const div = district?.div ?? divisionBefore(text, n.start, locale);
    out.push(
      located(
        { start: n.start, end: p + 3, ref: agencyRef(`${n.name}派出所`, "county"), priority: 5, role: "gov" },
        div,
      ),
    );
  }
  // a police branch named by its area alone (八百垧公安分局: an oilfield's, a zone's), in the city of the division
  // written before it or the document's locale; a division written first (X市高新区公安分局) is left to the readers
  // of divisions, and a county's short form there (开平公安分局) is a county's bureau or a city bureau's branch
  for (let p = text.indexOf("公安分局"); p >= 0; p = text.indexOf("公安分局", p + 4)) {
    const n = nameBefore(text, p, 2, 4, /$^/);
    if (
      !n ||
      NOT_A_STATION_NAME.test(n.name) ||
      divisionAt(n.name, 0, null) ||
      COUNTY_SHORT_FORMS.has(n.name.slice(0, 2))
    )
      continue;
    const place = divisionBefore(text, n.start, locale) ?? locale.get("prefecture") ?? null;
    out.push(
      located(
        { start: n.start, end: p + 4, ref: agencyRef(`${n.name}公安分局`, "county"), priority: 5, role: "gov" },
        place,
      ),
    );
  }
  const town = /(镇|乡|街道)(党委|党工委|人民政府|政府|街道办事处|办事处|办|委(?!员))?/g;
  // where the last town read as a place ended, and its county (木里县水洛乡、沙湾乡: the second in the first's county)
  let lastTown: { end: number; div: Division } | null = null;
  while ((m = town.exec(text))) {
    const unit = m[1]!;
    const body = m[2];
    const n = nameBefore(text, m.index, 2, 4) ?? nameAfterDivision(text, m.index);
    if (!n) continue;
    const place = n.name + unit;
    const end = m.index + m[0].length;
    // a town or township written right after its county or city (康定市姑咱镇, 揭西县京溪园镇, 东莞市清溪镇), or listed
    // after one that was: a Place below the division table, in that division's province
    // (not a kind of town: 部门镇街, 部分乡镇, 各镇)
    // (a sub-district, X街道, only right after its district or county: 湛河区九里山街道)
    if (!body && !/^(部门|部分|多个|一些|其他|其它|周边|附近|沿线|偏远)/.test(n.name) && text[end] !== "街") {
      const before = divisionRightBefore(text, n.start);
      const div: Division | null =
        unit === "街道"
          ? before?.level === "county"
            ? before
            : null
          : (before ??
            (lastTown && lastTown.end === n.start - 1 && /[、和及与]/.test(text[n.start - 1]!) ? lastTown.div : null));
      if (div && div.level !== "province") {
        out.push(townPlace(n.start, end, place, div));
        lastTown = { end, div };
        continue;
      }
      // a district's or county's short form glued before the town (惠山洛社镇): that county, and the town in it
      const short: { len: number; div: Division } | null = !div && unit !== "街道" ? shortCountyOpening(n.name) : null;
      if (short) {
        const at = n.start + short.len;
        out.push(divisionMention(n.start, at, short.div, 4));
        out.push(townPlace(at, end, text.slice(at, end), short.div));
        lastTown = { end, div: short.div };
        continue;
      }
    }
    let name: string | null = null;
    if (body === "党委" || (body === "委" && unit !== "街道")) name = `中共${place}委员会`;
    else if (body === "党工委") name = `中共${place}工作委员会`;
    else if (body === "人民政府" || body === "政府") name = unit === "街道" ? null : `${place}人民政府`;
    else if (unit === "街道" && (body === "办事处" || body === "办")) name = `${place}办事处`;
    // a bare 街道 in a list of bodies (…、豫新街道等部门) is its office
    else if (!body && unit === "街道" && /[、]/.test(text[n.start - 1] ?? "") && /^[、等和及与]/.test(text[end] ?? ""))
      name = `${place}办事处`;
    if (!name) continue;
    const div = divisionBefore(text, n.start, locale);
    const c: Cand = { start: n.start, end, ref: agencyRef(name, "county"), priority: 6, role: "gov" };
    // (a town's body lies in its town, a Place in the county's province, when its county is written right before it,
    // as a town's office does)
    const townOf =
      unit !== "街道" && divisionRightBefore(text, n.start) === div && div && div.level !== "province"
        ? townPlace(n.start, n.start + place.length, place, div)
        : null;
    out.push(
      townOf
        ? { ...c, links: [{ type: "LOCATED_IN", to: townOf.ref!, properties: {} }], inner: [townOf] }
        : located(c, div),
    );
  }
  zoneBodies(text, out);
  zonePlaces(text, out);
}

/**
 * Bodies of development zones, named by the zone (X经开区检察院 → X经济技术开发区人民检察院): written form → the
 * name's last part. Source: the zones' own bodies as the State Council's and provinces' approvals set them up (管理委员会,
 * 党工委) and the courts, procuratorates and police branches of the larger zones (e.g. 北京经济技术开发区人民法院,
 * 苏州工业园区人民检察院), and the economic-development bureau some zones have instead of a committee.
 */
const ZONE_BODIES: Array<[string, string]> = [
  ["管委会", "管理委员会"],
  ["管理委员会", "管理委员会"],
  ["经济发展局", "经济发展局"],
  ["经发局", "经济发展局"],
  ["管理局", "管理局"],
  ["公安分局", "公安分局"],
  ["人民检察院", "人民检察院"],
  ["检察院", "人民检察院"],
  ["人民法院", "人民法院"],
  ["法院", "人民法院"],
  ["党工委", "党工委"],
];
const ZONE_WORDS =
  "经济技术开发区|经开区|高新技术产业开发区|高新技术开发区|经济开发区|高新区|开发区|工业园区|产业园区|新区|合作区";
const ZONE_BODY = new RegExp(`(${ZONE_WORDS})(${ZONE_BODIES.map(([f]) => f).join("|")})`, "g");
/** A verb or preposition glued before the zone's name (要求X开发区管委会, 对X新区管委会) is not part of it. */
const ZONE_LEAD = /^.*(要求|责令|督促|通知|指导|推动|组织|协调|联合|会同|约谈|对|向|由|在)/;

/** A city or province the zone is named after (a county opening a zone's name is read by the fallback, with the rest of the name). */
const aboveCounty = (d: Division): boolean => d.level !== "county";

/** A city or province that opens the zone's name, read back to punctuation (深圳市 in 深圳市前海深港现代服务业合作区). */
function divisionOpening(text: string, end: number): { start: number; div: Division } | null {
  let s = end;
  while (s > 0 && end - s < 14 && isCjk(text[s - 1]!)) s--;
  for (let p = s; p < end - 2; p++) {
    for (let len = 6; len >= 2; len--) {
      const divs = DIVISION_FORMS.get(text.slice(p, p + len));
      if (divs?.length !== 1 || divs[0]!.level === "county" || p + len >= end) continue;
      // the rest is the zone's own name, no clause (南昌市要求各开发区管委会)
      const rest = text.slice(p + len, end);
      return /[的和与及对向由是为从据称将被把让给等了各]/.test(rest) || ZONE_LEAD.test(rest)
        ? null
        : { start: p, div: divs[0]! };
    }
  }
  return null;
}

/**
 * Development zones' bodies: the zone's name is the city written right before its word (成都高新区), else the name read
 * back to a boundary (洋浦经济开发区, 深圳市前海深港现代服务业合作区: the city it opens with is where it lies). The zone
 * is no Place (it is outside the division table); its bodies lie in that city. 经开区 is written out.
 */
function zoneBodies(text: string, out: Cand[]): void {
  let m: RegExpExecArray | null;
  ZONE_BODY.lastIndex = 0;
  while ((m = ZONE_BODY.exec(text))) {
    let start: number;
    let div: Division | null;
    const city = divisionEndingAt(text, m.index, aboveCounty) ?? divisionOpening(text, m.index);
    if (city) {
      ({ start, div } = city);
      // (its province written before the city is part of the name: 湖南岳阳经济技术开发区)
      const province = divisionEndingAt(text, start, aboveCounty);
      if (province?.div.level === "province") start = province.start;
    } else {
      const n0 = nameBefore(text, m.index, 2, 10, /$^/);
      if (!n0) continue;
      const lead = n0.name.match(ZONE_LEAD)?.[0] ?? "";
      start = n0.start + lead.length;
      if (m.index - start < 2) continue;
      // the division before the name, else the one the name opens with (新疆X经济技术开发区)
      div = divisionBefore(text, start, null);
      const name = text.slice(start, m.index);
      for (let len = Math.min(6, name.length - 1); !div && len >= 2; len--) {
        const divs = DIVISION_FORMS.get(name.slice(0, len));
        if (divs?.length === 1) div = divs[0]!;
      }
    }
    const zone = m[1] === "经开区" ? "经济技术开发区" : m[1]!;
    const body = ZONE_BODIES.find(([f]) => f === m![2])![1];
    const name =
      body === "党工委"
        ? `中共${text.slice(start, m.index)}${zone}工作委员会`
        : `${text.slice(start, m.index)}${zone}${body}`;
    const level = div ? LEVEL_OF[div.level] : "county";
    const c: Cand = { start, end: m.index + m[0].length, ref: agencyRef(name, level), priority: 6, role: "gov" };
    out.push(located(c, div));
  }
}

/** A zone's word and the short words written out in its other name (成都高新区 → 成都高新技术产业开发区). */
const ZONE_WRITTEN_OUT: Record<string, string> = { 高新区: "高新技术产业开发区", 经开区: "经济技术开发区" };
/** A zone's word after a division, not followed by one of its bodies (those are read by zoneBodies). */
const ZONE_AFTER_DIVISION = new RegExp(
  `(${ZONE_WORDS})(?!${ZONE_BODIES.map(([f]) => f).join("|")}|[\\u4e00-\\u9fff]{0,4}(?:管委会|管理委员会|党工委))`,
  "g",
);

/**
 * What a zone does as a body (signing with a firm, issuing, requiring, convening): the zone written so stands for its
 * management committee. (Its official account posting, 鄂尔多斯高新区官方微信号发布, leaves it a place: round 23.)
 */
const ZONE_ACTING =
  /^(?:[^\n，,。；;]{0,2}?(?:与|联合|会同|牵头)[^\n，,。；;]{0,30}?(?:签署|签订|签约|就)|印发|发布|出台|下发|要求|部署|召开|通报|组织开展|启动)/;

/**
 * Development zones and new areas as places (鄂尔多斯高新区, 抚州市高新技术开发区, 兰州新区): a Place outside the
 * division table, named as written, its written-out name an alias, in the province of the division its name opens
 * with. Only a zone whose name is a division's and its word is read (a zone named otherwise, 洋浦经济开发区, is left:
 * nothing bounds its name). The division stays a mention of its own inside a development zone's name; a new area
 * (兰州新区) is no part of its city.
 */
function zonePlaces(text: string, out: Cand[]): void {
  for (const m of text.matchAll(ZONE_AFTER_DIVISION)) {
    const city = divisionEndingAt(text, m.index, () => true);
    // (the division is the whole name: 天津滨海新区's 滨海新区 is a district of the table, read as one)
    if (!city || DIVISION_FORMS.has(text.slice(city.start, m.index + m[0].length))) continue;
    const province = divisionEndingAt(text, city.start, aboveCounty);
    const start = province?.div.level === "province" ? province.start : city.start;
    const name = text.slice(start, m.index + m[0].length);
    const wordOut = ZONE_WRITTEN_OUT[m[1]!];
    const ref: EntityRef = {
      label: "Place",
      name,
      aliases: wordOut ? [name.slice(0, -m[1]!.length) + wordOut] : [],
      properties: { code: null, level: "zone" },
    };
    const end = m.index + m[0].length;
    // (the zone acting, 抚州高新区与X公司就…签约, X高新区印发通知: its management committee)
    if (m[1] !== "新区" && ZONE_ACTING.test(text.slice(end, end + 40))) {
      const body = agencyRef(
        `${name}管理委员会`,
        LEVEL_OF[city.div.level],
        wordOut ? [`${name.slice(0, -m[1]!.length)}${wordOut}管理委员会`] : [],
      );
      out.push(located({ start, end, ref: body, priority: 6, role: "gov" }, city.div));
      continue;
    }
    const inProvince = provinceOf(city.div);
    out.push({
      start,
      end: m.index + m[0].length,
      ref,
      // (over the blocker places.ts sets on a new area's city, 兰州 of 兰州新区)
      priority: m[1] === "新区" ? 10 : 6,
      links:
        inProvince.code === city.div.code
          ? []
          : [{ type: "IN_PROVINCE", from: ref, to: divisionRef(inProvince), properties: {} }],
      ...(m[1] === "新区" ? {} : { inner: [divisionMention(city.start, m.index, city.div, 4)] }),
    });
  }
}
