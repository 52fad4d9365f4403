/** Sub-units of bodies: 处/科/中心, police branches and squads, national departments (司), a leading group's office. */
import { BODY_UNITS, NUMBERED_UNITS, UNIT_FULL_NAMES } from "../lexicon/agencies.js";
import { SURNAMES } from "../lexicon/people.js";
import {
  type Cand,
  agencyRef,
  divisionAt,
  isCjk,
  divisionLinks,
  divisionOfRef,
  SAYING,
  seatOf,
  relinked,
} from "./shared.js";
import type { EntityRef } from "../types.js";
import type { Division } from "../lexicon/divisions.js";

/**
 * Sub-units a text acts through, written right after their body (X县公安局反诈中心, X供电公司纪委, X公安厅经侦总队,
 * X分局刑侦九队: a numbered squad, X市物价局价格认定中心: a centre that certifies, monitors or inspects, X省人民政府驻北京
 * 办事处: its office in another city, where its officials serve).
 */
const SUB_UNIT = new RegExp(
  "^(党委|党组|纪委|纪检组|纪检监察组|原?派?驻[\\u4e00-\\u9fff]{2,10}?(?:纪检监察组|纪检组)|驻[\\u4e00-\\u9fff]{1,4}?办事处|[\\u4e00-\\u9fff]{2,14}?领导小组办公室|反诈中心|指挥中心|情报中心|(?:(?!的)[\\u4e00-\\u9fff]){0,4}?(?:认定|鉴定|监测|检测|稽查|举报|受理|调度)中心|[\\u4e00-\\u9fff]{2,4}?(?:总队|大队|支队|派出所)|(?:经济犯罪侦查|刑事侦查|网络安全保卫|治安管理)(?:总队|支队|大队)|[\\u4e00-\\u9fff]{2}[一二三四五六七八九十]{1,3}中?队" +
    `|第[一二三四五六七八九十]{1,3}(?:${NUMBERED_UNITS.join("|")})|${BODY_UNITS.join("|")})`,
);
/**
 * A body's department that acts in the text (X营业管理部支付结算处1月17日下发了《…》, X发改委价格处约谈…): a 处 named by
 * its field, then the act (a day may stand between). Without the act, the 处 only says where an official works.
 */
const DEPARTMENT_ACTING =
  /^([\u4e00-\u9fff]{0,6}?(?:管理|监管|结算|稽查|调节|运行|法规|统计|信贷|保护|政策|规划|执法|综合|金银|反洗钱|稳定|价格|电力|能源|产业|科技)处)(?:于?(?:\d{1,2}月)?\d{1,2}日|近日|日前|近期)?(?:下发|印发|发布|发出|约谈|召开|组织|联合|会同|出具|制定)/;
/**
 * A national body's internal department written right after it (工业和信息化部办公厅, 中国人民银行支付结算司, 公安部刑事
 * 侦查局, 工信部信息通信管理局): 办公厅, or a field's name then 司 or 局. No function word, list mark or other body
 * inside (公安部会同国家税务总局 is two bodies), and no firm (中国人民银行下属公司).
 */
const NATIONAL_DEPARTMENT =
  /^(办公厅|(?:(?![的了在是和与及或、等对向从把被将为由同])[\u4e00-\u9fff]){2,10}?[司局])(?![\u4e00-\u9fff]{0,1}(?:公司|分局|总局))/;

/**
 * A police bureau's district branch (X市公安局Y分局, short X市公安局Y局), Y a division's name or short form, or a zone's
 * name of up to ten characters (X市公安局东湖新技术开发区分局).
 */
const POLICE_BRANCH = /^([\u4e00-\u9fff]{2,5}?)(分局|局)|^([\u4e00-\u9fff]{2,8}(?:开发区|高新区|新区|园区|港区))(分局)/;
/**
 * Words that make Y of a 分局 a determiner, not a branch's name (各分局, 所属分局, 辖区分局). 直属分局 right after the
 * bureau is the branch of that name (忻州市公安局直属分局破获…); 直属各分局 is not.
 */
const NOT_A_BRANCH =
  /^(各|该|本|其|所属|下属|辖区|相关|有关|直属(?!分局)|派出|所辖|下设|近期|近日|目前|此前|随后|今年|去年|全市|全省)/;
/** A unit of a police unit (X公安厅经侦总队联勤中心, X支队Y大队); 和/及/与 there opens a sibling (支队和治安大队), no unit below. */
const SUB_SUB_UNIT = /^(?![和及与])([\u4e00-\u9fff]{2,4}?(?:中心|大队|中队))/;
/**
 * What follows a sub-unit's name when it only qualifies a title (党委书记, 纪委副书记): no body acts. A police
 * station is a body with its own seat and its head's office (派出所所长), and so is a discipline team stationed at
 * another body (纪委驻县委办纪检监察组组长): they stay agencies before a title.
 */
const TITLE_AFTER = /^(书记|副|主任|委员|组长|常委|成员|队长|所长|干部|班子)/;
/**
 * After a police unit, its own head's title (经侦支队支队长X, 刑侦大队大队长X) or its officer (刑警大队民警X, 政委X): the
 * unit only says where the official works, who serves at the bureau (as the title after any other unit says).
 */
const POLICE_TITLE_AFTER = /^(?:[总支大中]队长|政委|教导员|民警|警官|队员)/;
/** A police unit's name: a squad of a field or a number (刑侦支队, 治安大队, 刑侦九队). */
const POLICE_SQUAD = /(?:总队|支队|大队|中队|[一二三四五六七八九十]中?队)$/;
/** A name, then a verb of saying (X高有铁认为, X张三介绍): the unit is the speaker's, and does not act itself. */
const SPEAKER_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{2,3}?(?:${SAYING})`);
const titleOnly = (unit: string, after: string): boolean =>
  (!/派出所$|^原?派?驻.+(?:纪检监察组|纪检组|办事处)$/.test(unit) && TITLE_AFTER.test(after)) ||
  (POLICE_SQUAD.test(unit) && (POLICE_TITLE_AFTER.test(after) || speakerAfter(after))) ||
  // a numbered department's head (第二检察部负责人X介绍) speaks for the body; the department does not act
  (/^第/.test(unit) && /^(负责|主任|部长|检察)/.test(after));
/** `after` opens with a person's name (its surname known) and then a verb of saying. */
const speakerAfter = (after: string): boolean => SURNAMES.has(after[0] ?? "") && SPEAKER_AFTER.test(after);
/** After a party unit, 的 introduces what it leads (县公安局党委的领导下…): the unit is a possessor of a title-like word. */
const PARTY_UNIT = /^(党委|党组|纪委|纪检组|纪检监察组)$/;

/**
 * The district branch written after a city's police bureau (X市公安局Y分局): Y a division of that name (科尔沁 of
 * 科尔沁区; then 局 alone is the branch's short form, 开平局), or any name when a unit of the branch follows
 * (X市公安局油田分局刑侦九队). Returns the written span's length and the branch's canonical tail (Y分局).
 */
function policeBranch(
  text: string,
  at: number,
  city: Division | undefined,
): { len: number; unit: string; district?: Division } | null {
  // (a zone's branch may have a longer name: 东湖新技术开发区分局)
  const m = text.slice(at, at + 12).match(POLICE_BRANCH);
  if (!m || NOT_A_BRANCH.test(text.slice(at, at + 8))) return null;
  const b = m[1] ? [m[0], m[1], m[2]] : [m[0], m[3], m[4]];
  const y = b[1]!;
  const division = ["", "区", "县", "旗", "市"].some((l) => divisionAt(y + l, 0, null)?.len === y.length + l.length);
  const unitAfter = SUB_UNIT.test(text.slice(at + b[0].length, at + b[0].length + 8));
  // a two-character name before 分局 names a branch too (延河分局, 油田分局), and so does a road's or a street's name
  // (光明路分局) or a zone's (工业园区分局); 局 alone needs a division and a unit
  const named =
    b[2] === "分局" &&
    (y.length === 2 ||
      /^[\u4e00-\u9fff]{2,3}[路街]$/.test(y) ||
      /^[\u4e00-\u9fff]{0,8}(?:园区|开发区|高新区|新区|港区)$/.test(y)) &&
    !/^[和及与或、]|[和及与或]$/.test(y);
  if (b[2] === "局" ? !(division && unitAfter) : !(division || unitAfter || named)) return null;
  return { len: b[0].length, unit: `${y}分局`, district: city && districtOf(y, city) };
}

/** The district or county of `city` named `y` or by `y` as its short form (开平 → 唐山市开平区). */
function districtOf(y: string, city: Division): Division | undefined {
  for (const l of ["区", "县", "旗", "市", ""]) {
    const m = divisionAt(y + l, 0, city);
    if (m?.len === y.length + l.length && m.divs.length === 1) return m.divs[0];
  }
  return undefined;
}

/** The division a local body is LOCATED_IN, when it is a city's (a prefecture's). */
function cityOf(c: Cand): Division | undefined {
  const d = divisionOfRef(seatOf(c));
  return d?.level === "prefecture" ? d : undefined;
}

/**
 * The other branches of a city's police bureau written bare once one is named in full (唐山市公安局开平分局 … 古冶分局):
 * Z分局, Z the short form of another district of that city, at a clause's start or after a preposition or list
 * word; each that city bureau's branch in its district.
 */
function siblingBranches(text: string, bureau: Cand, city: Division, own: string): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})分局/g)) {
    const before = text[m.index! - 1];
    if (m[1] === own || (isCjk(before) && !SIBLING_BEFORE.includes(before!))) continue;
    const d = districtOf(m[1]!, city);
    if (!d || d.level !== "county") continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      ref: agencyRef(`${bureau.ref!.name}${m[0]}`, "county", d.name.endsWith("区") ? [`${d.name}公安分局`] : []),
      priority: bureau.priority,
      role: "gov",
      links: divisionLinks(d),
    });
  }
  return out;
}
const SIBLING_BEFORE = "由被和与及、在据对向经";

/**
 * A sub-unit of an agency or company acting in the text (衡东县公安局党委高度重视, 某市公安局经侦支队的指导下):
 * an Agency of its own, its body kept as an inner mention (`subUnit`: index.ts keeps an agency body only when the
 * text names it outside its sub-units too). A district branch written again bare (海南分局) is that branch.
 */
export function subUnits(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  const add = (c: Cand, written: number, unit: string, level: string, chained: boolean): Cand => {
    // (a team once stationed at another body, 中央纪委原派驻X纪检组: its name has no 原, and the body's name as
    // written before it is an alias, 中央纪委派驻X纪检组)
    const bare = unit.replace(/^原(?=派?驻)/, "");
    const ref = agencyRef(c.ref!.name + (UNIT_FULL_NAMES[bare] ?? bare), level);
    const writtenName = text.slice(c.start, c.end) + bare;
    // (a body's party committee by its formal name, 中共X公安局委员会, as an alias)
    // (and a police station by its own name, 双桥派出所 of X市公安局Y分局双桥派出所, as the press writes it)
    const aliases =
      unit === "党委" && c.ref!.label === "Agency"
        ? [`中共${c.ref!.name}委员会`]
        : /驻/.test(bare) && writtenName !== ref.name
          ? [writtenName]
          : /^[\u4e00-\u9fff]{2,4}派出所$/.test(bare) && c.ref!.label === "Agency"
            ? [bare]
            : // (a district branch's unit also by the branch's district form, 下城区公安分局网警大队 of X市公安局下城分局…)
              c.ref!.aliases.filter((a) => /区公安分局$/.test(a)).map((a) => a + bare);
    const sub: Cand = {
      start: c.start,
      end: c.end + written,
      ref: aliases.length ? { ...ref, aliases: [...ref.aliases, ...aliases] } : ref,
      priority: c.priority,
      role: "gov",
      inner: [{ ...c, subUnit: true }],
      // its LOCATED_IN is its body's, with that place's IN_PROVINCE (the body keeps its own links as the inner mention)
      links:
        c.ref!.label === "Agency" || chained
          ? (c.links ?? []).filter((l) => (l.type === "LOCATED_IN" && !l.from) || l.type === "IN_PROVINCE")
          : [],
    };
    out.push(sub);
    return sub;
  };
  // the units under a sub-unit: a branch's unit (分局刑警大队), a unit's unit (总队联勤中心)
  const below = (sub: Cand, unit: string, level: string): void => {
    const at = sub.end;
    const m = /分局$/.test(unit)
      ? text.slice(at, at + 8).match(SUB_UNIT)
      : /(总队|支队|大队)$/.test(unit)
        ? text.slice(at, at + 6).match(SUB_SUB_UNIT)
        : null;
    if (!m || titleOnly(m[0], text.slice(at + m[0].length, at + m[0].length + 8))) return;
    below(add(sub, m[0].length, m[0], level, true), m[0], level);
  };
  for (const c of cands) {
    if (!c.ref || (c.ref.label !== "Agency" && c.ref.label !== "Company")) continue;
    const level =
      c.ref.label === "Agency"
        ? ((c.ref.properties.level as string | undefined) ?? "county")
        : /县|区/.test(c.ref.name)
          ? "county"
          : /市/.test(c.ref.name)
            ? "prefectural"
            : /省/.test(c.ref.name)
              ? "provincial"
              : "central";
    const dept = c.ref.label === "Agency" ? text.slice(c.end, c.end + 24).match(DEPARTMENT_ACTING) : null;
    const national = c.ref.label === "Agency" && level === "central" ? nationalDepartment(text, c, cands) : null;
    // the unit as written right after the body, if any
    // (a joint conference's or leading group's office, which acts for it: 处置非法集资部际联席会议办公室)
    const office =
      c.ref.label === "Agency" && /(联席会议|领导小组)$/.test(c.ref.name) && text.startsWith("办公室", c.end)
        ? "办公室"
        : null;
    const m = dept?.[1] ?? national ?? office ?? text.slice(c.end, c.end + 20).match(SUB_UNIT)?.[0];
    // a bureau's district branch (X市公安局Y分局, and as well X市市场监督管理局Y分局, X市税务局Y分局)
    const city = c.ref.label === "Agency" ? cityOf(c) : undefined;
    const branch = !m && c.ref.label === "Agency" && /局$/.test(c.ref.name) ? policeBranch(text, c.end, city) : null;
    if (!m && !branch) continue;
    const written = m ? m.length : branch!.len;
    const unit = m ?? branch!.unit;
    const after = text.slice(c.end + written, c.end + written + 8);
    // (a national department's titles were weighed where it was read: its present head serves there)
    if ((!national && titleOnly(unit, after)) || (PARTY_UNIT.test(unit) && after.startsWith("的"))) continue;
    const sub = add(c, written, unit, level, false);
    // a city bureau's district branch is in its district (唐山市公安局开平分局 in 开平区)
    if (branch?.district) {
      sub.links = divisionLinks(branch.district);
      if (/公安局$/.test(c.ref.name) && branch.district.name.endsWith("区"))
        sub.ref = { ...sub.ref!, aliases: [`${branch.district.name}公安分局`] };
    }
    below(sub, unit, level);
    if (branch) out.push(...bareBranch(text, branch.unit, sub));
    if (branch?.district && /公安局$/.test(c.ref.name))
      out.push(...siblingBranches(text, c, city!, branch.unit.slice(0, -2)));
    // the units listed after it are units of the same body, each written alone (no inner mention of the body)
    for (const [at, u] of siblingUnits(text, sub.end, unit))
      out.push({ ...sub, start: at, end: at + u.length, ref: agencyRef(c.ref.name + u, level), inner: undefined });
  }
  out.push(...shortBureauUnits(text, cands));
  return out;
}

/** Titles after a department's name (司长, 原局长, 有关负责人, 新闻发言人). */
const DEPARTMENT_TITLE_AFTER =
  /^(?:原|前|副|时任|现任)?(?:司长|局长|主任|巡视员|副巡视员|处长|总监|专员|调研员|首席|秘书长|总经济师|总工程师|督察|负责人|有关负责人|相关负责人|主要负责人|新闻发言人|发言人|一级|二级|干部|工作人员|官员|人士)/;
/** A department head's own title (司长, 副局长, 主任), which a name follows. */
const DEPARTMENT_HEAD = /^(?:副)?(?:司长|局长|主任|处长|巡视员)/;
/** The department written right after national body `c` (NATIONAL_DEPARTMENT), unless another body starts inside it. */
function nationalDepartment(text: string, c: Cand, cands: Cand[]): string | null {
  const m = text.slice(c.end, c.end + 14).match(NATIONAL_DEPARTMENT)?.[1];
  // (有关司局, 各司局: the departments in general, no one of them)
  if (!m || /公司$|司局$|^(?:总|分|下属|所属|直属|各|该|本|其|有关|相关|其他|其它|部分|内设)/.test(m)) return null;
  const end = c.end + m.length;
  // a department that only qualifies a former title (调查统计司原司长) or a nameless one (有关负责人): the official is
  // the body's; no unit acts. Its present head (金融消费权益保护局局长X, 刑侦局局长X) serves at the department.
  const after = text.slice(end, end + 5);
  if (DEPARTMENT_TITLE_AFTER.test(after) && (/^(?:原|前|时任)/.test(after) || !DEPARTMENT_HEAD.test(after)))
    return null;
  if (cands.some((o) => o !== c && o.ref?.label === "Agency" && o.start > c.start && o.start < end && o.end >= end))
    return null;
  return m;
}

/** A police unit's name (刑侦支队, 经侦总队, 治安大队): listed units are units of one body. */
const POLICE_UNIT = /^[\u4e00-\u9fff]{2,4}?(?:总队|支队|大队)/;

/**
 * The units listed after a police unit (X市公安局刑侦支队、网安支队): each a unit of the same body. Returns each one's
 * start and name; only units of the listed kind's shape, and none that qualifies a title (网安支队支队长).
 */
function siblingUnits(text: string, from: number, unit: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  if (!/(总队|支队|大队)$/.test(unit)) return out;
  for (let p = from; ;) {
    const sep = text.slice(p, p + 2).match(/^(、|和|及|与)/);
    const m = sep ? text.slice(p + sep[0].length, p + sep[0].length + 8).match(POLICE_UNIT) : null;
    // 市局网安支队 after a county bureau's unit is the city bureau's unit (shortBureauUnits), no sibling
    if (
      !m ||
      /^(市局|县局|区局)/.test(m[0]) ||
      titleOnly(m[0], text.slice(p + sep![0].length + m[0].length, p + sep![0].length + m[0].length + 8))
    )
      return out;
    out.push([p + sep![0].length, m[0]]);
    p += sep![0].length + m[0].length;
  }
}

/**
 * 市局刑侦支队, 县局治安大队: a police unit of the bureau of that level the text names (市局 is the city's 公安局 in
 * police writing), and the units listed after it; none when the text names no such bureau, or more than one.
 */
function shortBureauUnits(text: string, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  const LEVEL: Record<string, string> = { 市局: "prefectural", 县局: "county", 区局: "county" };
  for (const m of text.matchAll(/(市局|县局|区局)(?=[\u4e00-\u9fff]{2,4}?(?:总队|支队|大队))/g)) {
    const level = LEVEL[m[1]!]!;
    const bureaus = new Map<string, Cand>();
    for (const c of cands)
      if (c.ref?.label === "Agency" && /公安局$/.test(c.ref.name) && c.ref.properties.level === level)
        bureaus.set(c.ref.name, c);
    if (bureaus.size !== 1) continue;
    const b = [...bureaus.values()][0]!;
    const at = m.index! + m[1]!.length;
    const u = text.slice(at, at + 8).match(POLICE_UNIT)![0];
    if (titleOnly(u, text.slice(at + u.length, at + u.length + 8))) continue;
    const unit = (start: number, name: string, end: number): Cand => ({
      start,
      end,
      ref: agencyRef(b.ref!.name + name, level),
      priority: b.priority,
      role: "gov",
      links: (b.links ?? []).filter((l) => l.type === "LOCATED_IN" && !l.from),
    });
    out.push(unit(m.index!, u, at + u.length));
    for (const [p, v] of siblingUnits(text, at + u.length, u)) out.push(unit(p, v, p + v.length));
  }
  return out;
}

/** The later bare mentions of a branch (海南分局侦查部门 after 乌海市公安局海南分局): the branch, not a province's body. */
function bareBranch(text: string, unit: string, sub: Cand): Cand[] {
  const out: Cand[] = [];
  for (let p = text.indexOf(unit); p >= 0; p = text.indexOf(unit, p + unit.length))
    if (p < sub.start || p >= sub.end)
      out.push({ start: p, end: p + unit.length, ref: sub.ref, priority: sub.priority, role: "gov", links: sub.links });
  return out;
}

/** The campaigns' leading-group offices a body sets up for itself (互联网金融风险专项整治工作领导小组办公室, 处非办). */
const GROUP_OFFICE = /领导小组办公室$/;

/**
 * A campaign's office written right after a body (人民银行上海总部互金整治办): that body's own office, named by the body
 * and the office's full name (中国人民银行上海总部互联网金融风险专项整治工作领导小组办公室), the body's links its; the
 * body is then no node of its own there. Returns new candidates.
 */
export function bodiesOwnOffices(text: string, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  // (links elsewhere naming the office or the body, 《…》's ISSUED from the office before it, name the body's office)
  const moved = new Map<EntityRef, EntityRef>();
  for (let k = 0; k < chosen.length; k++) {
    const a = chosen[k]!;
    const b = chosen[k + 1];
    if (
      !b ||
      a.ref?.label !== "Agency" ||
      b.ref?.label !== "Agency" ||
      b.start !== a.end ||
      GROUP_OFFICE.test(a.ref.name) ||
      !GROUP_OFFICE.test(b.ref.name) ||
      // (an office with its own division, 上海市互金整治办, is the division's, not the body's before it)
      divisionAt(b.ref.name, 0, null)
    ) {
      out.push(a);
      continue;
    }
    const written = text.slice(a.start, b.end);
    const name = a.ref.name + b.ref.name;
    const ref = agencyRef(
      name,
      (a.ref.properties.level as string | undefined) ?? "county",
      written === name ? [] : [written],
    );
    moved.set(a.ref, ref).set(b.ref, ref);
    out.push({
      start: a.start,
      end: b.end,
      ref,
      priority: Math.max(a.priority, b.priority),
      role: "gov",
      links: (a.links ?? []).filter((l) => (l.type === "LOCATED_IN" && !l.from) || l.type === "IN_PROVINCE"),
    });
    k++;
  }
  if (!moved.size) return out;
  const swap = (r: EntityRef): EntityRef => moved.get(r) ?? r;
  return out.map((c) =>
    c.links?.some((l) => (l.from && moved.has(l.from)) || moved.has(l.to))
      ? { ...c, links: relinked(c.links, swap) }
      : c,
  );
}
