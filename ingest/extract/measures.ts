/** Measures: 《…》 titles (issuers, editions, document numbers), untitled titles and laws, catalogues, companies' announcements, campaigns, meetings. */
import type { MeasureKind } from "../../schema/index.js";
import {
  ADDRESSEE_LINE,
  CATALOGUE_EDITIONS,
  GENERIC_CAMPAIGN,
  NAMED_MEASURES,
  NATIONAL_CATALOGUES,
  NATIONAL_LAWS,
  isNationalLaw,
  nationalLawName,
  NOT_MEASURE_TITLE,
  PUBLICATION_AFTER,
  TITLE_KINDS,
  TITLE_OPENERS,
} from "../lexicon/measures.js";
import {
  type Cand,
  canonicalTitle,
  NAMED_TITLES,
  oneSlipFrom,
  writtenTitle,
  measureRef,
  relinked,
  agencyRef,
  divisionRef,
  lexAt,
  divisionAt,
  LEVEL_OF,
  localAgencyName,
  suffixAt,
  balancedQuotes,
  isCjk,
  agencyPrefix,
  ANNOUNCED,
  ANNOUNCED_EXIT,
  ANNOUNCED_ON_SITE,
  ANNOUNCED_OFFICIALLY,
  ANNOUNCED_WHAT,
  DOC_NUMBER,
  EXIT_VERBS,
  COMPANY_BY_FORM,
} from "./shared.js";
import { FREE_SUFFIXES } from "../lexicon/agencies.js";
import { TEAM_WORDS } from "../lexicon/companies.js";
import { cnNumber, HELD_ON_DAY } from "../dates.js";
import type { EntityRef } from "../types.js";
import { lexicon } from "./agencies.js";
import type { Division } from "../lexicon/divisions.js";

type Issuers = { length: number; agencies: Array<Cand & { div?: Division }> };

/**
 * The issuers written at the head of a title before 关于 (国家发展改革委等部门关于…, 国家发改委关于…,
 * 中国人民银行 工业和信息化部关于…): every piece must be an agency form, else null. A head that reads so only once the
 * spaces a scraped page put inside names are dropped (中国人民 银行 工业和信息化部 中国银行 业监督管理委员会关于…) is read so,
 * each issuer's span still that of the text.
 */
export function issuerPrefix(inner: string, offset: number): Issuers | null {
  const found = issuersOf(inner, offset);
  const k = inner.indexOf("关于");
  if (found || k < 2 || !/[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/.test(inner.slice(0, k))) return found;
  // the position in `inner` of each character kept
  const kept: number[] = [];
  for (let i = 0; i < inner.length; i++) if (!/\s/.test(inner[i]!)) kept.push(i);
  const dense = issuersOf(kept.map((i) => inner[i]).join(""), 0);
  if (!dense) return null;
  const at = (p: number): number => kept[p]!;
  return {
    length: at(dense.length),
    agencies: dense.agencies.map((a) => ({ ...a, start: offset + at(a.start), end: offset + at(a.end - 1) + 1 })),
  };
}

function issuersOf(inner: string, offset: number): Issuers | null {
  const k = inner.indexOf("关于");
  if (k < 2) return null;
  const head = inner.slice(0, k);
  const tail = head.match(/(?:等(?:[一二三四五六七八九十\d]+个?|多)?(?:部门|部委|单位|机构)?)$/)?.[0] ?? "";
  const body = head.slice(0, head.length - tail.length);
  const agencies: Array<Cand & { div?: Division }> = [];
  // what composes on a lexicon body (中国人民银行营业管理部, X中心支行): the longest such body wins
  const composed: Cand[] = [];
  lexicon(body, composed);
  let p = 0;
  while (p < body.length) {
    const sep = body.slice(p).match(/^[、\s]+/);
    if (sep) {
      p += sep[0].length;
      continue;
    }
    const whole = composed.filter((c) => c.start === p && c.ref?.label === "Agency").sort((a, b) => b.end - a.end)[0];
    if (whole && whole.end > p + 2 && !lexAt(body, body.toLowerCase(), p).some((e) => e.form.length >= whole.end - p)) {
      agencies.push({ ...whole, start: offset + p, end: offset + whole.end, inner: undefined });
      p = whole.end;
      continue;
    }
    const lower = body.toLowerCase();
    const lex = lexAt(body, lower, p).find((e) => e.ref.label === "Agency");
    if (lex) {
      agencies.push({
        start: offset + p,
        end: offset + p + lex.form.length,
        ref: lex.ref,
        priority: 5,
        role: lex.role,
      });
      p += lex.form.length;
      continue;
    }
    // a university or a college issuing its own notice (新乡学院关于…, X大学后勤管理处关于…): the whole rest of the head
    const school = body.slice(p).match(ACADEMIC_ISSUER);
    if (school) {
      agencies.push({
        start: offset + p,
        end: offset + p + school[0].length,
        ref: agencyRef(school[0], "academic"),
        priority: 5,
        role: "academic",
      });
      p += school[0].length;
      continue;
    }
    const d = divisionAt(body, p, null);
    // a body written right after a local one shares its division (内蒙古自治区发展和改革委员会工业和信息化厅)
    const prevDiv = agencies.at(-1)?.div;
    const bare = !d && prevDiv ? suffixAt(body, p) : null;
    const suf = d && d.divs.length === 1 ? suffixAt(body, p + d.len) : bare;
    // a division's body named by its task (内蒙古自治区节能专项工作协调办公室): the whole rest up to a free suffix
    const free = d && d.divs.length === 1 && !suf ? freeBody(body.slice(p + d.len)) : null;
    if (free) {
      const div = d!.divs[0]!;
      const len = d!.len + free.length;
      agencies.push({
        start: offset + p,
        end: offset + p + len,
        ref: agencyRef(agencyPrefix([div]) + free, LEVEL_OF[div.level]),
        priority: 6,
        role: "gov",
        links: [{ type: "LOCATED_IN", to: divisionRef(div), properties: {} }],
        div,
      });
      p += len;
      continue;
    }
    if ((!d && !bare) || !suf) return null;
    const div = d ? d.divs[0]! : prevDiv!;
    const len = (d ? d.len : 0) + suf.form.length;
    agencies.push({
      start: offset + p,
      end: offset + p + len,
      ref: agencyRef(localAgencyName(div, suf.entry.canonical), LEVEL_OF[div.level]),
      priority: 6,
      role: "gov",
      links: [{ type: "LOCATED_IN", to: divisionRef(div), properties: {} }],
      div,
    });
    p += len;
  }
  return agencies.length ? { length: k, agencies } : null;
}

/** A university's or college's name, with one office of it, as the whole head of a title it issues. */
const ACADEMIC_ISSUER =
  /^[\u4e00-\u9fff]{2,12}?(?:大学|职业技术学院|职业学院|学院|研究院|科学院)(?:[\u4e00-\u9fff]{1,10}?(?:处|办公室|中心|研究所|学院))?$/;

/** A body named by its task up to a free suffix, all of `rest` (节能专项工作协调办公室), or null. */
function freeBody(rest: string): string | null {
  const f = FREE_SUFFIXES.find((x) => rest.endsWith(x) && rest.length - x.length >= 2);
  return f && /^[\u4e00-\u9fff“”"]+$/.test(rest) && !/[的是在了对将、]/.test(rest.slice(0, -f.length)) ? rest : null;
}

/** A catalogue's title with the edition word its issuer uses (…目录（2019年版） → …目录（2019年本）). */
export function officialEdition(name: string): string {
  const m = name.match(/^(.+?)（(\d{4})年([本版])(，征求意见稿)?）(.*)$/);
  const word = m ? CATALOGUE_EDITIONS[m[1]!] : undefined;
  return m && word && word !== m[3] ? `${m[1]}（${m[2]}年${word}${m[4] ?? ""}）${m[5]}` : name;
}

/**
 * The bodies (or the firm) other recognisers found in `head` (at `start`) when it holds nothing else but list marks
 * and 等N部门 (a bare 市发展改革委 of the locale, 星河银行 of its own statement), else null.
 */
function namedBodies(head: string, start: number, cands: Cand[]): Cand[] | null {
  let rest = head;
  const found: Cand[] = [];
  // (the longest first, and none overlapping one taken: a bare 市发展改革委 may be read more than one way)
  const inHead = cands
    .filter(
      (c) =>
        (c.ref?.label === "Agency" || c.ref?.label === "Company") && c.start >= start && c.end <= start + head.length,
    )
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const c of inHead) {
    if (found.some((f) => f.start < c.end && c.start < f.end)) continue;
    rest = rest.slice(0, c.start - start) + " ".repeat(c.end - c.start) + rest.slice(c.end - start);
    found.push(c);
  }
  found.sort((a, b) => a.start - b.start);
  return found.length && /^[、\s]*(?:等\s*[一二三四五六七八九十\d]+\s*个?(?:部门|单位))?\s*$/.test(rest) ? found : null;
}

/** The kinds of document a title ends in (…的通知, …的风险提示). */
const DOC_KINDS =
  "紧急通知|补充通知|通知|公告|通告|风险提示|提示|指导意见|实施意见|意见|决定|规定|办法|实施方案|工作方案|方案";

/** A kind word written after a title's 》 (《关于防范X风险》的公告). */
const KIND_AFTER = new RegExp(`^的(${DOC_KINDS})`);

/** 关于 + a title's opening verb … 的 + kind, within one clause (anchored at 关于). */
const TITLE_ANYWHERE = new RegExp(
  `^关于((?:${TITLE_OPENERS.join("|")})[^。；;！？!?\\n《》，,]{2,60}?)的(${DOC_KINDS}|批复)`,
);

/** Verbs after which a division's name opens a title (发布大庆市关于…). */
const VERB_BEFORE_TITLE = /(发布|印发|下发|出台|公布|发出|下达|转发|制定|出台了|发布了|印发了)$/;

/**
 * The division written right before 关于 at `at` (大庆市关于…), when it stands after a verb of issuing or a boundary
 * (start, punctuation, space): its start and division, else null.
 */
function divisionLed(text: string, at: number): { start: number; div: Division } | null {
  for (let len = 2; len <= 8 && len <= at; len++) {
    const d = divisionAt(text, at - len, null);
    if (!d || d.len !== len || d.divs.length !== 1) continue;
    const before = text.slice(Math.max(0, at - len - 3), at - len);
    if (!before || !isCjk(before.at(-1)) || VERB_BEFORE_TITLE.test(before)) return { start: at - len, div: d.divs[0]! };
  }
  return null;
}

/** A plan's title standing alone on a line: CJK words (and quotes) ending in a plan's kind word. */
const PLAN_HEADING =
  /^[\u4e00-\u9fff“”"]{8,40}?(?:实施方案|工作方案|行动方案|方案|实施细则|实施办法|管理办法|暂行办法|若干措施|工作措施|措施|实施意见)$/;

/** Verbs and adverbs of a news headline (X省出台…方案, 全面推进…): a line telling of a plan, not its title. */
const NEWS_VERB =
  /(出台|印发|发布|制定|下发|部署|开展|启动|推进|召开|公布|通过|审议|研究|解读|亮剑|重拳|严打|全面|坚决|持续|深入|扎实|推动|加快|加强|关于)/;

/** The first `n` non-empty lines of a text, trimmed, with their offsets. */
function firstLines(text: string, n: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const t = m[0].trim();
    if (!t) continue;
    out.push({ text: t, start: m.index + m[0].indexOf(t) });
    if (out.length >= n) break;
  }
  return out;
}

/**
 * Titles of measures written without 《》: after an issuing verb (发布了关于…的提示, 发布「关于…的通知」), and catalogues with their edition (市场准入负面清单(2021版)) or
 * a national catalogue by its bare title (产业结构调整指导目录征求意见稿).
 */
export function untitledMeasures(text: string, out: Cand[]): void {
  let m: RegExpExecArray | null;
  const after =
    /(?:发布|印发|下发|出台|公布|发出|下达|作出|做出)了?\s*(?:一份|一则|一项|一纸)?([「“"]?)((?:关于|(?=(?:进一步|加强|整治|防范|做好|开展|规范|推进|切实|严厉打击|打击|清理|促进|完善|建立|防止|禁止|严禁|全面)))(?:[^。；;！？!?\n「」《》，,]|《[^《》\n]{2,40}》){3,60}?的(?:紧急通知|通知|公告|通告|风险提示|提示|指导意见|意见|决定|规定|办法|方案))([」”"]?)/g;
  while ((m = after.exec(text))) {
    if (m[1] && !m[3]) continue;
    const start = m.index + m[0].length - m[2]!.length - m[3]!.length;
    // a title written without its 关于 (发布了进一步防范…的通知) is named with it, as the document itself is
    const title = m[2]!.startsWith("关于") ? m[2]! : `关于${m[2]}`;
    const kind: MeasureKind = titleKind(title);
    const ref = measureRef(canonicalTitle(title), kind, title === m[2] ? [] : [canonicalTitle(m[2]!)]);
    // a title holding another's in 《》 (发布关于修改《X目录》的决定): the whole is the title, over the one inside
    // (which it rests on: CITES), and the one inside a mention of its own
    const nested = m[2]!.match(/《([^《》\n]{2,40})》/);
    if (!nested) {
      out.push({ start, end: start + m[2]!.length, ref, priority: 7 });
      continue;
    }
    const innerAt = start + m[2]!.indexOf(nested[0]) + 1;
    const innerName = officialEdition(canonicalTitle(nested[1]!));
    // (asking for comments on a draft, 发布关于征求《X（征求意见稿）》意见的公告: what was published is the draft, the
    // announcement's title an alias of it)
    if (SOLICITING.test(m[2]!)) {
      const draft = measureRef(innerName, titleKind(innerName), [canonicalTitle(title)]);
      out.push({ start, end: start + m[2]!.length, ref: draft, priority: 9 });
      continue;
    }
    const innerRef = measureRef(innerName, titleKind(innerName));
    out.push({
      start,
      end: start + m[2]!.length,
      ref,
      priority: 9,
      links: [{ type: "CITES", to: innerRef, properties: {} }],
      inner: [{ start: innerAt, end: innerAt + nested[1]!.length, ref: innerRef, priority: 8 }],
    });
  }
  // counted measures named without 《》 after an issuing verb (出台打击惩戒虚拟货币“挖矿”行为八项措施): the title, its
  // count (八项措施) an alias
  const counted =
    /(?:发布|印发|出台|制定|推出)了?\s*((?:关于)?(?:进一步|加强|整治|防范|做好|规范|切实|严厉打击|打击|清理|坚决打击|全面)[^。；;！？!?\n「」《》，,的]{2,30}?([一二三四五六七八九十两\d]+(?:项措施|条措施|条意见)))(?=[。，,；;：:\s])/g;
  while ((m = counted.exec(text))) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({
      start,
      end: start + m[1]!.length,
      ref: measureRef(canonicalTitle(m[1]!), "measures", [m[2]!]),
      priority: 7,
    });
  }
  // a notice named by its quoted subject (下发“开展…整治”的通知): the subject with its kind is the title
  const quoted =
    /(?:发布|印发|下发|出台|公布|发出|下达)了?(?:联合)?\s*[「“"]([^「」“”"。；;！？!?\n《》，,]{4,40})[」”"]的(紧急通知|通知|公告|通告|意见|实施方案|工作方案|方案)/g;
  while ((m = quoted.exec(text))) {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length - 3;
    const kind: MeasureKind = titleKind(m![2]!);
    out.push({
      start,
      end: m.index + m[0].length,
      // (named without the reporter's quotes, as the document's own title writes it; the quoted form an alias)
      ref: measureRef(canonicalTitle(`${m[1]}的${m[2]}`), kind, [canonicalTitle(`“${m[1]}”的${m[2]}`)]),
      priority: 7,
    });
  }
  // a 关于 title quoted with its kind after the quotes, whatever verb stands before (修改了前一晚「关于停止X业务」的公告):
  // the title with its kind, the quoted form an alias
  for (const k of text.matchAll(/[「“"](关于[^「」“”"。；;！？!?\n《》，,]{4,40})[」”"]的(公告|通知|通告|声明)/g)) {
    if (/(?:发布|印发|下发|出台|公布|发出|下达)了?(?:联合)?\s*$/.test(text.slice(Math.max(0, k.index - 6), k.index)))
      continue;
    out.push({
      start: k.index + 1,
      end: k.index + k[0].length,
      ref: measureRef(canonicalTitle(`${k[1]}的${k[2]}`), titleKind(k[2]!), [canonicalTitle(k[1]!)]),
      priority: 7,
    });
  }
  // a known measure named by its quoted subject and kind alone (根据七部委发布的「防范代币发行融资风险」公告): that measure
  for (const k of text.matchAll(/[「“"]([^「」“”"。；;！？!?\n《》，,]{6,40})[」”"]的?(通知|公告)/g)) {
    const title = canonicalTitle(`关于${k[1]}的${k[2]}`);
    if (!NAMED_TITLES.includes(title)) continue;
    out.push({
      start: k.index,
      end: k.index + k[0].length,
      ref: measureRef(title, titleKind(title), [k[0]]),
      priority: 7,
    });
  }
  // a title quoted with “” instead of 《》 (按照“关于开展…‘挖矿’…专项检查的通知”): inner ‘’ become “”
  const quotedTitle = new RegExp(
    `[“"「]\\s*(关于[^“”"「」。；;！？!?\\n《》]{4,80}?的(?:${DOC_KINDS}))\\s*[”"」]`,
    "g",
  );
  while ((m = quotedTitle.exec(text))) {
    if (text[m.index - 1] === "《") continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const title = canonicalTitle(m[1]!.replace(/‘/g, "“").replace(/’/g, "”"));
    out.push({
      start,
      end: start + m[1]!.length,
      ref: measureRef(title, titleKind(title)),
      priority: 7,
    });
  }
  // a title written without 关于 and 的 after an issuing verb (发布防范X风险通知): named in full, as issued; a warning
  // so written (发布防范“虚拟货币”非法活动风险提示) keeps its words as its name
  const bare =
    /(?:发布|印发|下发|出台|公布|发出|下达)了?((?:进一步|加强|整治|防范|做好|开展|规范|推进|切实|严厉打击|打击|清理|促进|完善|建立|防止|禁止|严禁|全面)(?:[^。；;！？!?\n「」《》“”，,、的]|“[^“”。，,\n]{1,10}”){2,30}?)(紧急通知|通知|公告|通告|风险提示)(?![\u4e00-\u9fff]{0,2}(精神|要求|规定))/g;
  while ((m = bare.exec(text))) {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    const written = m[1]! + m[2]!;
    const warning = m[2] === "风险提示";
    const title = warning ? written : `关于${m[1]}的${m[2]}`;
    out.push({
      start,
      end: m.index + m[0].length,
      ref: measureRef(canonicalTitle(title), titleKind(title), warning ? [] : [canonicalTitle(written)]),
      priority: 6,
    });
  }
  // a document named by its subject and kind after an issuing verb (发布了限电停电告知书): named as written
  const named =
    /(?:发布|印发|下发|发出|下达|送达)了?\s?([\u4e00-\u9fff]{2,10}?(?:告知书|告知函|提示函|警示函|风险提示函))/g;
  while ((m = named.exec(text))) {
    const name = m[1]!;
    if (/^(一份|一则|相关|有关|该|此|这|紧急|书面|正式)/.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({
      start,
      end: start + name.length,
      ref: measureRef(name, "notice"),
      priority: 6,
    });
  }
  // a heading line that is a notice's title, with its issuers before 关于 (中国人民银行 中央网信办 工业和信息化部 …
  // 关于…的公告): the measure, every issuer named (each ISSUED)
  const heading =
    /^[ \t\u3000]*([^\n。；;！？!?《》]{0,80}?)(关于(?:[^\n。；;！？!?《》]|《[^《》\n]{2,60}》){3,120}?的(?:紧急通知|补充通知|通知|公告|通告|风险提示|倡议书|倡议|指导意见|实施意见|意见|决定|规定|办法|实施方案|工作方案|方案|批复|函|声明))((?:[(（](?:[^()（）\n]{2,8}|[\u4e00-\u9fff]{1,12}[〔[［【]\d{4}[〕\]］】]\d{1,4}号)[)）])?)[ \t\u3000]*$/gm;
  while (text.includes("关于") && (m = heading.exec(text))) {
    const head = m[1]!;
    const start = m.index + m[0].indexOf(head + m[2]);
    const issuers = head.trim() ? issuerPrefix(head + m[2]!, start) : null;
    // a heading led by a division's name alone (X市关于…的通告): the division is part of the title, and the
    // document applies to it
    const d0 = head.trim() && !issuers ? divisionAt(head, 0, null) : null;
    const led = d0 && d0.len === head.length && d0.divs.length === 1 ? d0.divs[0]! : null;
    const named =
      head.trim() && !led && (!issuers || issuers.length !== head.length) ? namedBodies(head, start, out) : null;
    if (head.trim() && !led && (!issuers || issuers.length !== head.length) && !named) continue;
    // (its document number in the brackets after it, 的通知(川发改电价规[2022]186号), is an alias, no part of the title)
    const number = /号[)）]$/.test(m[3]!) ? m[3]!.slice(1, -1) : null;
    const title = (led ? head : "") + m[2]! + (number ? "" : m[3]!);
    const kind: MeasureKind = titleKind(m![2]!);
    const ref = measureRef(
      canonicalTitle(title),
      kind,
      [...(head.trim() && !led ? [canonicalTitle(head + title)] : []), ...(number ? [number] : [])],
      /征求意见稿/.test(m[3]!) ? "征求意见稿" : null,
    );
    const cand: Cand = {
      start,
      end: start + (led ? 0 : head.length) + title.length,
      ref,
      priority: 8,
      heading: true,
    };
    if (led) cand.links = [{ type: "APPLIES_TO", from: ref, to: divisionRef(led), properties: {} }];
    // a title published by this one (关于印发《X方案》的通知): a mention of its own inside the heading
    const nested = m[2]!.match(/《([^《》\n]{2,60})》/);
    const published: Cand[] = [];
    if (nested) {
      const innerAt = start + (led ? 0 : head.length) + m[2]!.indexOf(nested[0]) + 1;
      const innerName = officialEdition(canonicalTitle(nested[1]!));
      published.push({
        start: innerAt,
        end: innerAt + nested[1]!.length,
        ref: measureRef(innerName, titleKind(innerName)),
        priority: 8,
      });
      cand.inner = published;
    }
    if (named && !issuers) {
      // (the bodies or the firm other recognisers found there are mentions inside it; a firm heading its own statement
      // issued it, while bodies read from bare level words are left to the signature, which names them in full)
      cand.inner = [...named, ...published];
      const firms = named.filter((c) => c.ref?.label === "Company");
      const cited = citedAt(text, start);
      if (firms.length) cand.links = issuedLinks(firms, ref, cited);
    }
    if (issuers) {
      cand.inner = [...issuers.agencies, ...published];
      const cited = citedAt(text, start);
      cand.links = issuedLinks(issuers.agencies, ref, cited);
      // the document a local body issues applies to its division
      for (const d of new Set(issuers.agencies.map((a) => a.div).filter((d): d is Division => !!d)))
        cand.links.push({ type: "APPLIES_TO", from: ref, to: divisionRef(d), properties: {} });
    }
    out.push(cand);
  }
  // a heading line naming a division's plan without 关于 (江西省虚拟货币挖矿活动整治工作方案, X市…实施细则): one of the
  // document's first lines, led by a division, a noun phrase ending in a plan's kind word (no verb, no punctuation: a
  // news headline telling of one, X省出台…方案, is no title); the plan applies to the division
  for (const line of firstLines(text, 3)) {
    const t = PLAN_HEADING.exec(line.text);
    if (!t || NEWS_VERB.test(t[0])) continue;
    const d = divisionAt(t[0], 0, null);
    if (!d || d.divs.length !== 1 || t[0].length - d.len < 6) continue;
    const ref = measureRef(canonicalTitle(t[0]), titleKind(t[0]));
    const start = line.start + t.index;
    out.push({
      start,
      end: start + t[0].length,
      ref,
      priority: 6,
      heading: true,
      links: [{ type: "APPLIES_TO", from: ref, to: divisionRef(d.divs[0]!), properties: {} }],
    });
  }
  // a title anywhere in running text (贯彻国家关于整治…的通知, 按关于…的公告要求): 关于 + a verb a title opens with …
  // 的 + a document kind, in one clause and outside 《》; a division written right before it, after a verb or a
  // boundary (发布大庆市关于…的通告), is part of the title and the document applies to it. The specific rules above
  // win where they read the same words (the longer or the higher-priority candidate is chosen).
  let at = text.indexOf("关于");
  while (at >= 0) {
    const t = TITLE_ANYWHERE.exec(text.slice(at, at + 72));
    if (
      t &&
      text.lastIndexOf("《", at) <= text.lastIndexOf("》", at) &&
      balancedQuotes(t[0]) &&
      (t[0].match(/「/g) ?? []).length === (t[0].match(/」/g) ?? []).length
    ) {
      const led = divisionLed(text, at);
      const title = (led ? text.slice(led.start, at) : "") + t[0];
      const ref = measureRef(canonicalTitle(title), titleKind(t[2]!), led ? [canonicalTitle(t[0])] : []);
      const cand: Cand = { start: led ? led.start : at, end: at + t[0].length, ref, priority: 5 };
      if (led) cand.links = [{ type: "APPLIES_TO", from: ref, to: divisionRef(led.div), properties: {} }];
      out.push(cand);
    }
    at = text.indexOf("关于", at + 2);
  }
  // the national conferences named by their field (中央经济工作会议, 全国金融工作会议): meetings the text names
  for (const c of text.matchAll(/(?:中央|全国)[\u4e00-\u9fff]{2,6}?工作会议/g)) {
    if (/[\u4e00-\u9fff]/.test(text[c.index - 1] ?? "") && !/[的开在届次了和与及、]/.test(text[c.index - 1]!)) continue;
    if (/^(中央|全国)(各|有关|相关|部分|多个)/.test(c[0])) continue;
    out.push({
      start: c.index,
      end: c.index + c[0].length,
      ref: measureRef(c[0], "meeting"),
      priority: 6,
    });
  }
  // a meeting whose spirit a text carries out (贯彻落实国家虚拟货币“挖矿”治理专题视频会议精神), or at which someone spoke
  // (在X座谈会上表示): a meeting the text names;
  // 国家 before it says whose it is and is no part of the name, 全国/中央 are (中央经济工作会议 is read above)
  for (const c of [
    ...text.matchAll(MEETING_SPIRIT),
    ...text.matchAll(MEETING_AT),
    ...text.matchAll(MEETING_CONVENED),
  ]) {
    const lead = c[1]!.match(/^国家(?!级)/)?.[0].length ?? 0;
    const name = c[1]!.slice(lead);
    if (GENERIC_MEETING.test(name) || /[的和与及]/.test(name) || name.length < 6) continue;
    // (a body's meeting named by the body alone, 贯彻国务院金融委会议精神, names no meeting: the body is the name there)
    if (
      lexAt(name, name.toLowerCase(), 0).some(
        (e) => e.ref.label === "Agency" && BARE_MEETING.test(name.slice(e.form.length)),
      )
    )
      continue;
    const start = c.index + c[0].indexOf(c[1]!) + lead;
    // a body's numbered meeting (国务院金融委第五十一次全体会议精神): named as the convening rule names it, from the body's
    // name and the number in Chinese numerals, the body its convener and a mention of its own
    const body = lexAt(name, name.toLowerCase(), 0).find((e) => e.ref.label === "Agency");
    const numbered = body && NUMBERED_MEETING.exec(name.slice(body.form.length));
    if (body && numbered && numbered[0].length === name.length - body.form.length) {
      const ref = numberedMeetingRef(body.ref.name, numbered[0], [name]);
      out.push({
        start,
        end: start + name.length,
        ref,
        priority: 6,
        links: [{ type: "ISSUED", from: body.ref, to: ref, properties: { undated: true } }],
        inner: [{ start, end: start + body.form.length, ref: body.ref, priority: 5, role: "gov" }],
      });
      continue;
    }
    out.push({
      start,
      end: start + name.length,
      ref: measureRef(canonicalTitle(name), "meeting"),
      priority: 6,
    });
  }
  // a party body's plenary session by its term and number (抚州市纪委四届五次全会, 省委十一届九次全会): named as written,
  // the body its convener and a mention of its own
  for (const c of [...out]) {
    if (c.ref?.label !== "Agency" || c.role !== "gov") continue;
    const p = PLENARY.exec(text.slice(c.end, c.end + 16));
    if (!p) continue;
    const name = canonicalTitle(text.slice(c.start, c.end + p[0].length));
    const ref = measureRef(name, "meeting");
    out.push({
      start: c.start,
      end: c.end + p[0].length,
      ref,
      priority: 7,
      links: [{ type: "ISSUED", from: c.ref, to: ref, properties: { undated: true } }],
      inner: [c],
    });
  }
  // laws named without 《》: 中华人民共和国反洗钱法
  const law = /中华人民共和国[\u4e00-\u9fff]{2,14}?法(?![院官律人规典庭制治理定])/g;
  while ((m = law.exec(text))) {
    if (text[m.index - 1] === "《") continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: measureRef(m[0], "law"),
      priority: 7,
    });
  }
  // national laws by their short name, cited without 《》 (依照刑法第二百二十五条, 民法典的规定): the law's full name
  for (const l of text.matchAll(BARE_LAW)) {
    const before = text.slice(Math.max(0, l.index - 7), l.index);
    const next = text[l.index + l[0].length] ?? "";
    if (/(《|中华人民共和国)$/.test(before) || (isCjk(next) && !LAW_NEXT.test(next))) continue;
    // (a two-character name only where a citation's words stand around it: 依照刑法, 刑法第…条, 违反了我国刑法)
    if (l[0].length === 2 && next !== "第" && !/(?:(?:依据|根据|依照|按照|违反|触犯|适用)了?|我国)$/.test(before))
      continue;
    out.push({
      start: l.index,
      end: l.index + l[0].length,
      ref: measureRef(nationalLawName(l[0]), "law", [l[0]]),
      priority: 7,
    });
  }
  // any law or regulation named without 《》 right after a citing word (依据洗钱防制法，…, 违反电子商务法第十二条, 根据供电营业规则):
  // the law as written
  // (a national law by its short name is read above, as its full name)
  for (const l of text.matchAll(CITED_LAW)) {
    // (我国 before a law says whose it is: no part of its name)
    const mine = l[2]!.startsWith("我国") ? 2 : 0;
    const name = l[2]!.slice(mine);
    const law = name.endsWith("法") && !name.endsWith("办法");
    if (name.length < 3 || isNationalLaw(name) || (law ? NOT_A_LAW : NOT_A_REGULATION).test(name)) continue;
    // (a regulation cited by name needs one of at least four characters: 根据供电营业规则, not 根据规则)
    if (!law && name.length < 6) continue;
    const start = l.index + l[1]!.length + mine;
    out.push({ start, end: start + name.length, ref: measureRef(name, law ? "law" : "other"), priority: 6 });
  }
  // a title opening with 关于 quoted in 「」 (as Taiwan's agency quotes one: 发布「关于…若干保障措施(征求意见稿)」), quotes
  // inside it written 『』, a draft's or a trial's mark after its kind
  for (const q of text.matchAll(
    /「(关于[\u4e00-\u9fff、『』“”]{4,60}?(?:通知|意见|方案|办法|措施|规定|公告|通告|细则|决定)(?:[(（](?:征求意见稿|试行|草案|暂行|修订稿)[)）])?)」/g,
  )) {
    const name = q[1]!;
    out.push({
      start: q.index + 1,
      end: q.index + 1 + name.length,
      ref: measureRef(
        canonicalTitle(name.replace(/『/g, "“").replace(/』/g, "”")),
        titleKind(name.replace(/[(（][^()（）]*[)）]$/, "")),
      ),
      priority: 6,
    });
  }
  // a rule's title in 「」 or “” (as Taiwan's texts quote titles: 研订「虚拟通货平台…防制洗钱及打击资恐办法」); a word in 法
  // that is no law (方法, 执法) and a determiner before one (该办法) name none
  for (const q of text.matchAll(/[「“]([\u4e00-\u9fff、]{4,40}?(?:办法|条例|规则|要点|准则|细则|规定|法))[」”]/g)) {
    const name = q[1]!;
    if (/^(相关|有关|上述|该|本|此|其|这|各)/.test(name) || (/[^办]法$/.test(name) && NOT_A_LAW.test(name))) continue;
    // (a phrase with 的 is a way of doing, not a title, unless it opens with 关于: “一刀切的办法”)
    if (name.includes("的") && !name.startsWith("关于")) continue;
    // (nor is a clause quoted as a reason given: 「违反了法律和规定」)
    if (/了/.test(name) || /^(?:违反|违背|触犯|遵守|符合|根据|依据|按照|依照)/.test(name)) continue;
    // (nor a motto of parallel short phrases, 「相同业务、相同风险、相同规则」的原则)
    const items = name.split("、");
    if (items.length >= 2 && items.every((x) => x.length <= 5 && x.length === items[0]!.length)) continue;
    if (
      /^[」”]的?(?:原则|理念|方针|思路|精神|口号)/.test(
        text.slice(q.index + q[0].length - 1, q.index + q[0].length + 4),
      )
    )
      continue;
    const law = /(?:条例|法)$/.test(name);
    out.push({
      start: q.index + 1,
      end: q.index + 1 + name.length,
      ref: measureRef(name, law ? "law" : titleKind(name)),
      priority: 6,
    });
  }
  const catalogue = /([\u4e00-\u9fff]{4,16}(?:目录|清单))\s*[(（](\d{4}\s*年?\s*[本版])[)）]/g;
  // (its tail first: the whole pattern tries every run of characters, and most texts name no catalogue)
  const anyCatalogue = /(?:目录|清单)\s*[(（]\d{4}/.test(text);
  while (anyCatalogue && (m = catalogue.exec(text))) {
    if (text[m.index - 1] === "《") continue;
    const known = NATIONAL_CATALOGUES.find((t) => m![1]!.endsWith(t));
    const core =
      known ??
      m[1]!.replace(
        /^.*(就|将|把|在|对|与|和|及|了|的|为|是|被|发布|印发|公布|出台|修订|列入|纳入|根据|依据|按照|依照|对照|参照|执行|落实|违反|属于)/,
        "",
      );
    if (core.length < 4) continue;
    const s0 = m.index + (m[1]!.length - core.length);
    out.push({
      start: s0,
      end: m.index + m[0].length,
      ref: measureRef(officialEdition(canonicalTitle(`${core}（${m[2]!.replace(/\s+/g, "")}）`)), "catalogue", [
        canonicalTitle(`${core}（${m[2]!.replace(/\s+/g, "")}）`),
      ]),
      priority: 7,
    });
  }
  // a national catalogue by its bare title, with an edition before it (2019年版产业结构调整指导目录) or a draft after it
  // (…指导目录征求意见稿, …目录（征求意见稿）); one with its edition after it is read above
  for (const title of NATIONAL_CATALOGUES)
    for (let p = text.indexOf(title); p >= 0; p = text.indexOf(title, p + title.length)) {
      const end = p + title.length;
      if (text[p - 1] === "《" || /^\s*[(（]\d{4}/.test(text.slice(end, end + 3))) continue;
      const edition = text.slice(Math.max(0, p - 7), p).match(/(\d{4})\s*年?\s*([本版])$/);
      const draft = text.slice(end, end + 7).match(/^[(（]?征求意见稿[)）]?/);
      const written = edition ? `${title}（${edition[1]}年${edition[2]}）` : draft ? `${title}（征求意见稿）` : title;
      const name = officialEdition(written);
      out.push({
        start: p - (edition?.[0].length ?? 0),
        end: end + (draft?.[0].length ?? 0),
        ref: measureRef(name, "catalogue", name === written ? [] : [written]),
        priority: 7,
      });
    }
}

/**
 * The issuer written right before its document's issuing verb (X公司5月14日发布了Y告知书, X办公室作出关于…的风险提示):
 * an ISSUED link on the measure's mention (a new candidate; the chosen ones are not changed).
 */
export function issuersBefore(text: string, chosen: Cand[]): Cand[] {
  const lead =
    /^\s*(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|早前|此前|今天|今日|昨天|昨日|当天|当日)?\s*(?:正式)?(?:发布|印发|下发|发出|作出|做出|出台)了?\s*[「“"《]?$/;
  return chosen.map((c, k) => {
    if (c.ref?.label !== "Measure" || c.heading || c.links?.some((l) => l.type === "ISSUED")) return c;
    for (let j = k - 1; j >= 0 && c.start - chosen[j]!.end <= 16; j--) {
      const o = chosen[j]!;
      if (o.end > c.start) continue;
      if (o.ref?.label !== "Agency" && o.ref?.label !== "Company") break;
      if (!lead.test(text.slice(o.end, c.start))) break;
      // the addressee of the issuing (X向Y公司发布《…》): not its issuer
      if (/[向对给]$/.test(text.slice(Math.max(0, o.start - 1), o.start))) break;
      return { ...c, links: [...(c.links ?? []), { type: "ISSUED", from: o.ref, to: c.ref, properties: {} }] };
    }
    return c;
  });
}

/**
 * A document number right after a title, in brackets or bare (《…》（皖能源电力〔2021〕99号）, 《…》整治办函【2017】99号; not
 * a bare one a bracket closes right after, which belongs to what the bracket holds).
 */
const DOC_NUMBER_AFTER_TITLE = new RegExp(
  `^(?:[(（]|\\s?(?=${DOC_NUMBER}(?![^(（]{0,2}[)）])))(${DOC_NUMBER})(?:[)）])?`,
);

/** An exit announced in a clause that ends before the firm's name (宣布将全数内地用户清退的X; not a halt of its
 * business, 宣布暂停业务的X: whom or what it leaves must be said, as ANNOUNCED_EXIT has it). */
const EXIT_BEFORE_FIRM = new RegExp(
  `宣布(?:将|已)?(?=[^。；;，,\\n]{0,32}?(?:用户|大陆|内地|国内|中国|境内|市场|注册|充值|提现))[^。；;，,\\n]{0,20}?(?:${EXIT_VERBS})[^。；;，,\\n]{0,12}?的$`,
);

/**
 * A company's own announcement, untitled (比特币中国官方微信公众号14日发布公告称, 比特币中国公告，…, OKEx在公告中强调): a
 * Measure it issued.
 */
export function companyAnnouncements(text: string, chosen: Cand[], out: Cand[]): void {
  for (const c of chosen) {
    if (c.ref?.label !== "Company" || /官方$/.test(text.slice(Math.max(0, c.start - 2), c.start))) continue;
    const m =
      text.slice(c.end, c.end + 24).match(ANNOUNCED) ??
      // (what it announced before 的公告: 火币网随后也发布了停止交易的公告)
      text.slice(c.end, c.end + 40).match(ANNOUNCED_WHAT) ??
      // (its exit announced: 火币宣布停止中国大陆用户注册)
      text.slice(c.end, c.end + 72).match(ANNOUNCED_EXIT) ??
      // (its exit told on its website: 比特币中国网站称，将于今日关闭充值功能)
      text.slice(c.end, c.end + 90).match(ANNOUNCED_ON_SITE) ??
      // (anything it declared on its official channel: 比特大陆在官方博客上宣布，其上市申请已失效)
      text.slice(c.end, c.end + 60).match(ANNOUNCED_OFFICIALLY);
    // (the name as written is an alias when the text names the company by another form: Huobi Global公告 of 火币)
    const written = text.slice(c.start, c.end);
    const aliases = written === c.ref.name ? [] : [`${written}公告`];
    // the announcement cited before the company (据官方公告，Huobi Global将于…); the report's date is not its own
    const cited = m
      ? null
      : text
          .slice(Math.max(0, c.start - 14), c.start)
          .match(/(?:据|根据)(?:其|官方|平台|该平台)?(?:最新)?公告(?:显示|称)?[,，:：]\s*$/);
    // its exit announced in a clause before its name (宣布将全数内地用户清退的X): its announcement, told there
    const before = m || cited ? null : text.slice(Math.max(0, c.start - 40), c.start).match(EXIT_BEFORE_FIRM);
    // (either one: an undated announcement of the firm's, its mention the two characters 公告 or 宣布 there)
    const toldAt = cited
      ? c.start - cited[0].length + cited[0].indexOf("公告")
      : before
        ? c.start - before[0].length
        : -1;
    if (toldAt >= 0) {
      const ref = measureRef(`${c.ref.name}公告`, "announcement", aliases);
      out.push({
        start: toldAt,
        end: toldAt + 2,
        ref,
        priority: 7,
        noAlias: true,
        links: [{ type: "ISSUED", from: c.ref, to: ref, properties: { undated: true } }],
      });
      continue;
    }
    if (!m) continue;
    // a title given right after (发布了一份声明，标题为《关于…的声明》): that titled measure is the one it issued
    const titledAt = c.end + m[0].length;
    const titled = text.slice(titledAt, titledAt + 12).match(/^[,，]\s*(?:其)?(?:标题|题目|题|名称|名)为\s*《/);
    const title = titled
      ? chosen.find((x) => x.ref?.label === "Measure" && Math.abs(x.start - (titledAt + titled[0].length)) <= 1)
      : undefined;
    if (title?.ref) {
      out.push({
        start: titledAt - 2,
        end: titledAt,
        ref: title.ref,
        priority: 7,
        noAlias: true,
        links: [{ type: "ISSUED", from: c.ref, to: title.ref, properties: {} }],
      });
      continue;
    }
    // a quoted subject before 公告 (OKEx发布“暂停提币”公告) is no title: the firm's announcement, known by the subject
    // too (暂停提币公告)
    const quoted = m[0].match(/“([^“”\n]{1,12})”公告$/)?.[1];
    // (an exit told on its website: the mention is the words 网站称 there)
    const onSite = quoted ? null : m[0].match(/(?:官方网站|网站|官网)上?(?:称|表示|宣称)$/)?.[0];
    const start = c.end + m[0].length - (quoted ? quoted.length + 4 : (onSite?.length ?? 2));
    const ref = measureRef(`${c.ref.name}公告`, "announcement", quoted ? [...aliases, `${quoted}公告`] : aliases);
    // 火币、OKEx和币安先后发布公告, 火币网、OKCoin币行16日公告: each firm listed before it issued its own (an untitled
    // announcement is each firm's; a titled one firms issue together keeps them all, below)
    // (each one a mention of the same words, 公告, as the last firm's is)
    const end = c.end + m[0].length;
    const own = (o: Cand): Cand => {
      const written = text.slice(o.start, o.end);
      // (the name as written is an alias, as for the last firm: 火币网公告 of 火币)
      const theirs = measureRef(
        `${o.ref!.name}公告`,
        "announcement",
        written === o.ref!.name ? [] : [`${written}公告`],
      );
      return {
        start,
        end,
        ref: theirs,
        priority: 7,
        // (公告 alone, the words of the mention, is no alias of any one firm's announcement)
        noAlias: true,
        links: [{ type: "ISSUED", from: o.ref!, to: theirs, properties: {} }],
      };
    };
    const others = (!quoted ? listedBefore(text, chosen, c, "Company") : []).map(own);
    out.push({
      start,
      end,
      ref,
      priority: 7,
      // (the words of the mention, 公告 or a quoted short title's, are the firm's alias only when quoted)
      ...(quoted ? {} : { noAlias: true }),
      links: [{ type: "ISSUED", from: c.ref, to: ref, properties: {} }],
      ...(others.length ? { inner: others } : {}),
    });
  }
}

/** A page's title that is a document's title, its issuers perhaps before it (X发展和改革委员会关于…的通知). */
const NOTICE_TITLE =
  /^[^《》\n]{0,40}?(关于[^《》\n]{2,80}?的(?:紧急通知|补充通知|通知|公告|通告|实施意见|指导意见|意见|实施办法|办法|实施方案|工作方案|方案|决定|批复|函))(?:[(（][^()（）\n]{0,30}[)）])?$/;
/** A line holding only a document's number, as a notice's page sets it under the title (宁发改价格〔2021〕765号). */
const NUMBER_LINE =
  /^[ \t\u3000]*([\u4e00-\u9fff]{1,10}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?[〔[［(（【]\d{4}[〕\]］)）】]\d{1,4}号)[ \t\u3000]*$/m;

/**
 * A government page whose title is a notice's and whose text is that notice without its heading: the text opens
 * with the notice's number on a line of its own (宁发改价格〔2021〕765号), or with its addressees (各有关单位：). The
 * number or the addressees name the page's title, as it would stand over them; the signature and the date line then
 * issue and date it (relate/issued-signature.ts).
 */
export function numberedPage(text: string, title: string | null, out: Cand[]): void {
  const t = title?.trim().match(NOTICE_TITLE);
  // (a text that writes its title itself is headed by it)
  if (!t || text.includes(t[1]!)) return;
  const name = canonicalTitle(t[1]!);
  const n = NUMBER_LINE.exec(text.slice(0, 300));
  if (n) {
    const start = n.index + n[0].indexOf(n[1]!);
    out.push({ start, end: start + n[1]!.length, ref: measureRef(name, titleKind(name), [n[1]!]), priority: 7 });
    return;
  }
  // (or, with no number, with the notice's addressees on its first line, 各区县国资监管机构，委管各企业：: the line
  // stands for the title it would sit under)
  const a = ADDRESSEE_LINE.exec(text.slice(0, 200));
  if (!a) return;
  const start = a.index + a[0].indexOf(a[1]!);
  // (its first addressee only: the firms and bodies named after it are mentions of their own, 各市发展改革委，国网X公司：)
  const first = a[1]!.split(/[，,、（(]/)[0]!;
  out.push({
    start,
    end: start + first.length,
    ref: measureRef(name, titleKind(name), []),
    priority: 7,
    noAlias: true,
  });
}

/** The salutation opening a firm's notice to its users (亲爱的KuCoin用户, 尊敬的用户们：). */
const SALUTATION = /(亲爱的|尊敬的)[^,，:：。\n]{0,24}?(?:用户|会员|客户|投资者)们?[,，:：]/;

/** A notice to users signed by its platform's team on one of its last lines (X团队, X运营团队, X全球站团队). */
const TEAM_SIGNATURE = new RegExp(
  `^[ \\t\\u3000]*([A-Za-z][A-Za-z0-9.-]{1,20}(?: [A-Za-z][A-Za-z0-9.-]{1,12})?|[\\u4e00-\\u9fff]{2,8}?)${TEAM_WORDS}[ \\t\\u3000]*$`,
  "gm",
);

/**
 * The platform signing a notice to its users as its team (CoinSample团队 above the date line): the firm the text
 * names there, or a firm of that name.
 */
function signingTeam(text: string, chosen: Cand[]): Cand | null {
  const tail = Math.max(0, text.length - 200);
  const m = [...text.slice(tail).matchAll(TEAM_SIGNATURE)].at(-1);
  if (!m) return null;
  const start = tail + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const known = chosen.find((c) => c.ref?.label === "Company" && c.start >= start && c.end <= end + 4);
  if (known) return known;
  return { start, end, ref: firmNamed(m[1]!), priority: 3, role: "company" };
}

/** The firm a notice to users names by a name no recogniser read (its salutation's or its signature's): the known one, else a firm of that name. */
const firmNamed = (name: string): EntityRef =>
  COMPANY_BY_FORM.get(name.toLowerCase()) ?? { label: "Company", name, aliases: [], properties: { sector: null } };

/** A page's title that reads as the title of an announcement (KuCoin关于…的公告, 关于…的公告). */
const ANNOUNCEMENT_TITLE =
  /^[^《》\n]{0,24}?(关于[^《》\n]{2,60}的(?:公告|通知|声明|说明))$|^([^《》\n]{2,40}(?:公告|声明))$/;

/**
 * A page that is a firm's own notice to its users (亲爱的KuCoin用户，为响应…，KuCoin将…清退): the firm's announcement,
 * named by the page's title when that reads as one (关于中国大陆地区存量用户清退流程的公告), else `<firm>公告`; its
 * mention is the salutation. The firm is the one the salutation names, else the first named after it.
 */
export function addressedAnnouncement(text: string, chosen: Cand[], title: string | null, out: Cand[]): void {
  const m = SALUTATION.exec(text.slice(0, 200));
  if (!m) return;
  const end = m.index + m[0].length;
  // (a platform the salutation names by a Latin name no recogniser knew: 亲爱的BitZeta用户 — that firm)
  const latin = m[0].match(
    /^(?:亲爱的|尊敬的)\s?([A-Za-z][A-Za-z0-9.-]{1,20}(?: [A-Z][A-Za-z0-9]{1,12})?)\s?(?:平台|交易所)?(?:用户|会员|客户)/,
  );
  const at = latin ? m.index + latin[0].indexOf(latin[1]!) : -1;
  const named: Cand | null = latin
    ? {
        start: at,
        end: at + latin[1]!.length,
        ref: firmNamed(latin[1]!),
        priority: 3,
        role: "company",
      }
    : null;
  const signed = named ? null : signingTeam(text, chosen);
  const firm =
    chosen.find((c) => c.ref?.label === "Company" && c.start >= m.index + m[1]!.length && c.start < end + 150) ??
    named ??
    signed;
  if (!firm?.ref) return;
  if (named && !chosen.some((c) => c.ref?.label === "Company" && c.start === named.start)) out.push(named);
  if (firm === signed && !chosen.some((c) => c.start === signed.start)) out.push(signed);
  const t = title?.trim().match(ANNOUNCEMENT_TITLE);
  const written = text.slice(firm.start, firm.end);
  const ref = t
    ? measureRef((t[1] ?? t[2])!, "announcement")
    : measureRef(`${firm.ref.name}公告`, "announcement", written === firm.ref.name ? [] : [`${written}公告`]);
  out.push({
    start: m.index,
    end: m.index + m[1]!.length,
    ref,
    priority: 7,
    noAlias: true,
    links: [{ type: "ISSUED", from: firm.ref, to: ref, properties: { undated: true } }],
  });
}

/**
 * The agencies or the companies listed right before `last` (A、B和C: A and B for C), in order; none when anything
 * else stands between. Firms may be listed with commas too, and a firm written twice in a row (a brand and its
 * Chinese name: OKCoin币行) is one item.
 */
function listedBefore(text: string, chosen: Cand[], last: Cand, label: "Agency" | "Company"): Cand[] {
  const found: Cand[] = [];
  const joins = label === "Company" ? /^(?:、|,|，|和|及|与|以及)$/ : /^(?:、|和|及|与|以及)$/;
  let at = last.start;
  for (let k = chosen.indexOf(last) - 1; k >= 0; k--) {
    const e = chosen[k]!;
    if (e.end > at) continue;
    if (label === "Company" && e.ref?.name === last.ref?.name && e.end === at) {
      at = e.start;
      continue;
    }
    // (a party committee written right before its government, nothing between: 市委市政府, 县委县政府)
    const paired =
      label === "Agency" &&
      e.end === at &&
      /(?:^|[省市县区州旗盟镇乡])委$/.test(text.slice(e.start, e.end)) &&
      /^[省市县区州旗盟镇乡]?(?:人民)?政府/.test(text.slice(at, at + 6));
    if (e.ref?.label !== label || (!paired && !joins.test(text.slice(e.end, at)))) break;
    found.unshift(e);
    at = e.start;
  }
  return found;
}

/**
 * Is the title at `start` one the sentence rests on or carries out (根据《X关于…》, 贯彻《…》)? Then it is older than
 * what the sentence dates, and its issuers' links are undated.
 */
const citedAt = (text: string, start: number): boolean =>
  /(根据|依据|按照|依照|遵照|贯彻|落实|执行)$/.test(text.slice(Math.max(0, start - 6), start));

/** The kind a title's ending says (…通知 → notice), else "other". */
const titleKind = (title: string): MeasureKind => TITLE_KINDS.find(([re]) => re.test(title))?.[1] ?? "other";

/** ISSUED from each issuer written in a title; `undated` when the title is cited (its sentence's date is not its own). */
function issuedLinks(agencies: Cand[], ref: EntityRef, cited: boolean): NonNullable<Cand["links"]> {
  const properties: Record<string, boolean> = cited ? { undated: true } : {};
  return agencies.map((a) => ({ type: "ISSUED", from: a.ref!, to: ref, properties }));
}

/**
 * A printing notice's title: [issuers](关于)印发/转发〈the printed document〉的通知, the document's brackets left out when
 * its title ends with a kind of document (关于印发全省X整治工作方案的通知).
 */
const PRINTING =
  /(关于)?(印发|转发|下发)(?:[〈<‹《]([^〈〉<>‹›《》]{4,80})[〉>›》]|((?:[^〈〉<>‹›《》]{4,80}?)(?:方案|办法|意见|措施|细则|规定|计划|要点|规划)))的通知$/;
/**
 * A notice or an announcement asking for comments on a draft: [issuers](关于)(公开)征求〈the draft〉(修改)意见的公告. Like
 * a printing notice, it names the document it publishes: the draft (a second group left empty, as PRINTING's fourth).
 */
const SOLICITING =
  /(关于)?(?:公开)?(征求)[〈<‹《]([^〈〉<>‹›《》]{4,80})[〉>›》](?:的)?(?:修改)?意见(?:建议)?的(?:公告|通知|函)$/;
/** A decision amending a document, named inside its title: 关于修改〈Y〉的决定 (its marks spaced too: 关于修改 < Y > 的决定). */
const AMENDED = /^关于修改\s?[〈<‹《]\s?([^〈〉<>‹›《》]{4,60}?)\s?[〉>›》]\s?的决定$/;
/** A decision promulgating a regulation, named inside its title: 关于发布实施〈Y〉的决定. */
const PROMULGATED = /^关于(?:发布|颁布|公布)(?:实施)?\s?[〈<‹《]\s?([^〈〉<>‹›《》]{4,60}?)\s?[〉>›》]\s?的决定$/;
const PRINT_VERB =
  /(印发|转发|下发)(?=(?:[〈<‹《][^〈〉<>‹›《》]{4,80}[〉>›》]|[^〈〉<>‹›《》]{4,80}?(?:方案|办法|意见|措施|细则|规定|计划|要点|规划))的通知$)/;

/** A document number with its brackets written 〔〕 (川发改能源[2021]15号 → 川发改能源〔2021〕15号). */
const canonicalNumber = (n: string): string => n.replace(/[[［(（【](\d{4})[\]］)）】]/, "〔$1〕");
/** The lexicon's named measures by their document numbers (发改运行〔2021〕1283号 → 关于整治虚拟货币“挖矿”活动的通知). */
const KNOWN_BY_NUMBER = new Map(
  NAMED_MEASURES.flatMap((n) => n.aliases.filter((a) => /〔\d{4}〕\d{1,4}号$/.test(a)).map((a) => [a, n] as const)),
);

/** A campaign named after a verb that launches it or 关于: [subject][整治|治理…][攻坚|专项]行动. */
const NAMED_CAMPAIGN =
  /(?:开展|部署|启动|组织|推进|关于|集中开展|深入开展)了?((?:[^\s,，。;；、《》:：的了]|的(?!有关|部署)){4,24}?(?:整治|治理|清理|整顿|打击|清查|排查|清零|清退|关停)(?:攻坚|专项)?行动)/g;

/** A meeting named before 精神 after a verb of carrying out (贯彻落实X专题视频会议精神). */
const MEETING_SPIRIT =
  /(?:贯彻|落实|传达|学习)(?:落实|贯彻|学习)?(?:好|了)?([^\s,，。;；、《》:：]{2,30}?(?:专题视频会议|专题会议|视频会议|电视电话会议|工作会议|会议))精神/g;
/** A meeting named where someone spoke at it (在X整治工作座谈会上表示): the words said there are its. */
const MEETING_AT =
  /在([^\s,，。;；、《》:：]{4,30}?(?:座谈会|专题视频会议|专题会议|视频会议|电视电话会议|工作会议|推进会|部署会|调度会|工作会))上(?=(?:表示|指出|强调|说|提出|要求|透露|介绍|称|作|讲话|发言|部署))/g;
/** The kinds of meeting a clause is read for as convened (its two readings, with a quoted subject or without). */
const CONVENED_KIND = "(?:专题视频会议|视频会议|电视电话会议|专题会议|工作会议|座谈会|推进会|调度会|部署会|现场会)";
/**
 * A named meeting convened at the start of a clause whose subject is written in an earlier sentence (近日，又组织召开
 * X专题视频会议): the meeting, its convener left to no one. (A body's own 召开 is read by `meetings`.)
 */
const MEETING_CONVENED = new RegExp(
  `(?:^|[，,。；;：:\\n])(?:近日|日前|随后|同时|此前|当天|今天|昨天|又|还|也|并|再次)*(?:组织)?(?:召开|举行)了?` +
    `([^\\s,，。;；、《》:：“”]{0,4}“[^”]{1,12}”[^\\s,，。;；、《》:：“”]{2,20}?${CONVENED_KIND}` +
    `|[^\\s,，。;；、《》:：“”]{4,24}?${CONVENED_KIND})`,
  "gm",
);
/** What is left of a meeting named by its body alone (金融委会议, 国务院常务会议, X委员会全体会议). */
const BARE_MEETING = /^(?:全体|常务|有关|相关)?会议$/;
/** The words that say what kind a meeting is (专题, 视频, 电视电话), no subject of its own. */
const MEETING_KIND_WORDS =
  "专题|工作|视频|调度|推进|部署|专项|电视电话|党组|常务|全体|现场|联席|协调|碰头|紧急|联合|专门|办公|务虚";
/** A meeting a body convened named only by its kind (专题会议, 视频调度会). */
const KIND_OF_MEETING = new RegExp(`^(${MEETING_KIND_WORDS})*(会议|座谈会|专题会|推进会|调度会|部署会|现场会|工作会)$`);
/** A meeting whose spirit is carried out named only by its kind or a determiner (专题会议, 相关会议, 此次会议). */
const GENERIC_MEETING = new RegExp(`^(?:${MEETING_KIND_WORDS}|相关|有关|上级|此次|本次|这次|会议)*(?:会议)$`);

/** The national laws of NATIONAL_LAWS written bare, longest first. */
const BARE_LAW = new RegExp([...NATIONAL_LAWS].sort((a, b) => b.length - a.length).join("|"), "g");
/** What may follow a law's short name in running text (刑法第…条, 民法典的规定, 合同法、公司法等). */
const LAW_NEXT = /[第的等和及与规有相中对条判之]/;

/** A law's name of three to ten characters right after a citing word, then a clause break, an article or 规定. */
const CITED_LAW =
  /((?:依据|根据|依照|按照|违反|触犯|适用|修正|修订|修改)了?(?:我国)?)([\u4e00-\u9fff]{3,10}?(?:法|条例|规则|实施细则|管理办法|暂行办法|管理规定|暂行规定))(?=[，,。；;、]|第|之?规定|的规定|等法|之?授权)/g;
/** A regulation's name that is a determiner and a kind (有关规定, 相关管理办法), no title. */
const NOT_A_REGULATION =
  /^(相关|有关|上述|该|本|此|其|这|各|国家|法律|现行|新|以下|下列|具体|地方|实际|自身|当地|本地|工作)|(情况|需要|实际)[\u4e00-\u9fff]{0,4}(?:细化|制定|完善|出台)/;
/** Words ending in 法 that are no law's name (办法 of a title, 方法, 执法, 依法), or a determiner before one. */
const NOT_A_LAW =
  /(办|方|做|看|说|想|合|非|违|执|司|立|依|手|用|技|无|效|算|写|打|玩|章|书|语|画|兵|魔|佛|文|疗)法$|^(相关|有关|上述|该|本|此|其|这|各|国家|法律|现行|新)/;

/** A count of issuing bodies (十部门, 11部门, 七部委, 三协会). */
const ISSUER_COUNT = /(十一|[二三四五六七八九十]|\d{1,2})\s?(?:个)?(?:部门|部委|协会)/;

/**
 * The known measure a bare 《通知》 or 《公告》 stands for, told by the clause before it: the count of its issuers
 * (央行等十部门发布的《通知》), else the day the press gives it (9月24日…的《通知》) when only one known measure of that
 * kind has that day.
 */
function knownByClause(before: string, word: string): (typeof NAMED_MEASURES)[number] | null {
  const clause = before.split(/[。；;！？!?\n]/).at(-1)!;
  const kind = word === "通知" ? "notice" : word === "公告" ? "announcement" : null;
  if (!kind) return null;
  const ofKind = NAMED_MEASURES.filter((n) => n.kind === kind);
  const count = clause.match(ISSUER_COUNT);
  if (count) {
    const n = /^\d+$/.test(count[1]!) ? Number(count[1]) : cnNumber(count[1]!);
    const hit = ofKind.filter((x) => x.issuers === n);
    return hit.length === 1 ? hit[0]! : null;
  }
  const day = [...clause.matchAll(/(\d{1,2})月(\d{1,2})日/g)].at(-1);
  if (!day) return null;
  const md = `${day[1]!.padStart(2, "0")}-${day[2]!.padStart(2, "0")}`;
  const hit = ofKind.filter((x) => x.days.includes(md));
  return hit.length === 1 ? hit[0]! : null;
}

/** 《…》 titles, named meetings and campaigns. */
export function measures(text: string, out: Cand[]): void {
  let m: RegExpExecArray | null;
  // a document named by its number alone (银发〔2021〕237号文件, 根据川发改能源〔2021〕5号要求): a Measure named by the
  // number, the brackets written 〔〕; a number in brackets after a title is that title's alias (below), no node
  const numbered = /([\u4e00-\u9fff]{2,12})[〔[［(（【](\d{4})[〕\]］)）】](\d{1,4})号/g;
  // (its tail first: the whole pattern tries every run of characters)
  const anyNumber = /[〔[［(（【]\d{4}[〕\]］)）】]\d{1,4}号/.test(text);
  while (anyNumber && (m = numbered.exec(text))) {
    // (nor is one written right after the title with no bracket: 《…的通知》整治办函【2017】99号)
    if (
      (/[(（]\s*$/.test(text.slice(Math.max(0, m.index - 1), m.index)) &&
        /^[)）]/.test(text.slice(numbered.lastIndex))) ||
      /》\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))
    )
      continue;
    const lead = m[1]!.match(/^.*(根据|按照|依据|依照|遵照|贯彻|落实|执行|转发|印发|下发|对照|参照|的|了|和|及|与|、)/);
    const prefix = m[1]!.slice(lead ? lead[0].length : 0);
    if (prefix.length < 2) continue;
    const start = m.index + (m[1]!.length - prefix.length);
    const name = canonicalNumber(`${prefix}〔${m[2]}〕${m[3]}号`);
    const written = text.slice(start, numbered.lastIndex);
    out.push({
      start,
      end: numbered.lastIndex,
      ref: measureRef(name, "other", written === name ? [] : [written]),
      priority: 4,
    });
  }
  const titled = /《([^《》\n]{2,90})》/g;
  while ((m = titled.exec(text))) {
    let inner = m[1]!;
    const start = m.index;
    let end = m.index + m[0].length;
    // the edition written after a catalogue's title: 《…目录》(2019年本,征求意见稿)
    const edition = text.slice(end, end + 20).match(/^\s*[(（](\d{4}\s*年?\s*[本版])(?:[,，、]\s*(征求意见稿))?[)）]/);
    if (edition && /(目录|清单|名录)$/.test(inner)) {
      inner = `${inner}（${edition[1]!.replace(/\s+/g, "")}${edition[2] ? "，征求意见稿" : ""}）`;
      end += edition[0].length;
    }
    // the edition and the draft's mark inside the title's brackets (《X目录(2019年本, 征求意见稿)》): one pair of
    // brackets, as the draft's own title writes them (产业结构调整指导目录（2019年本，征求意见稿）)
    const inside = inner.match(/^(.+?(?:目录|清单|名录))\s*[(（](\d{4}\s*年?\s*[本版])\s*[,，、]\s*(征求意见稿)[)）]$/);
    if (inside) inner = `${inside[1]}（${inside[2]!.replace(/\s+/g, "")}，征求意见稿）`;
    // a document number written inside 《》 after the title (《…的通知(X发〔2022〕1号)》) is an alias, not the name
    // (and a decree's number: 《…的决定(2021年第49号令)》, 《…(国家发展改革委令第49号)》)
    const innerNo = inner.match(
      /[(（]([\u4e00-\u9fff]{1,12}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号|(?:\d{4}年)?第\d{1,4}号令|[\u4e00-\u9fff]{2,12}令第\d{1,4}号)[)）]$/,
    );
    if (innerNo) inner = inner.slice(0, inner.length - innerNo[0].length);
    // the issuers written before 关于 (国家发展改革委等部门关于…的通知): mentions of their own, the title starts at 关于
    // a printing notice (X关于印发〈Y〉的通知, X印发<Y>的通知) names the document it prints: Y, issued by X, the
    // notice's own title kept as an alias
    const printing = PRINTING.exec(inner) ?? SOLICITING.exec(inner);
    const issuers = issuerPrefix(printing && !printing[1] ? inner.replace(PRINT_VERB, "关于$1") : inner, start + 1);
    const fullTitle = inner;
    // where a title written inside this one stands in the text (the Y of 关于发布实施〈Y〉的决定, 关于修改〈Y〉的决定)
    const spanIn = (y: string): { start: number; end: number } => {
      const at = start + 1 + fullTitle.lastIndexOf(y);
      return { start: at, end: at + y.length };
    };
    if (issuers) inner = inner.slice(issuers.length);
    if (printing) inner = (printing[3] ?? printing[4])!;
    const plain = inner
      .replace(/\s*[(（][^()（）]{0,6}(征求意见稿|草案|试行|暂行)[)）]$/, "")
      // (the edition of an amended law: 循环经济促进法(2018修正))
      .replace(/\s*[(（]\d{4}\s*年?\s*(?:修正|修订|修正本|修订本)[)）]$/, "")
      .replace(/草案$/, "")
      .replace(/\s*[(（]\s*\d{4}\s*年?\s*[本版]\s*[)）]$/, "");
    let kind: MeasureKind | null = TITLE_KINDS.find(([re]) => re.test(plain))?.[1] ?? null;
    const ownKind = kind;
    // (a publication stays none after an issuing verb too: 发布《…情况报告》)
    const publication = NOT_MEASURE_TITLE.test(plain) && !/(通知|公告|规定|办法)$/.test(plain);
    if (publication) kind = null;
    // a body's name in 《》 (a regulator's full name) is never a measure
    if (lexAt(plain, plain.toLowerCase(), 0).some((e) => e.ref.label === "Agency" && e.form.length === plain.length))
      kind = null;
    else if (
      !kind &&
      !publication &&
      /(发布|印发|下发|出台|公布|颁布|发出)了?的?\s*$/.test(text.slice(Math.max(0, start - 6), start))
    )
      kind = "other";
    // a title followed by the kind of publication it is (《…问题》研究报告, 《…》一书) names a publication
    if (PUBLICATION_AFTER.test(text.slice(end, end + 4))) kind = null;
    // a bare kind word in 《》 (央行《通知》, 该《声明》) refers back to a measure; it names none of its own, unless the clause
    // before it tells which known one by its issuers' count or its day (9月24日央行等十部门发布的《通知》)
    if (
      /^(通知|公告|意见|办法|规定|方案|决定|通告|细则|条例|目录|清单|名录|声明|通报|决议|批复|倡议书?|函|指引|指南|纪要|计划|要点|措施)$/.test(
        plain,
      )
    ) {
      const known = knownByClause(text.slice(Math.max(0, start - 40), start), plain);
      if (known)
        out.push({
          start: start + 1,
          end: end - 1,
          ref: measureRef(known.name, known.kind, []),
          priority: 8,
          noAlias: true,
        });
      continue;
    }
    // a 关于 title whose kind the reporter wrote after 》 (一份名为《关于防范X风险》的公告, 下发的《关于防范X风险》的公告):
    // the title with its kind, as written an alias
    const kindAfter =
      !ownKind && !publication && !issuers && /^关于/.test(plain) ? text.slice(end, end + 8).match(KIND_AFTER) : null;
    if (kindAfter) {
      const full = canonicalTitle(`${inner}的${kindAfter[1]}`);
      out.push({
        start,
        end: end + kindAfter[0].length,
        ref: measureRef(full, titleKind(full), [canonicalTitle(inner)]),
        priority: 8,
        // (the words as written, 》的公告 inside, are no name: the title alone is the alias)
        noAlias: true,
      });
      continue;
    }
    if (!kind) {
      // a firm's name in 《》, as Hong Kong's papers write the names of platforms (《火幣網》, 《OK Coin》): that firm
      const compact = plain.replace(/\s+/g, "");
      const firm = lexAt(compact, compact.toLowerCase(), 0).find(
        (e) => e.ref.label === "Company" && e.form.length === compact.length,
      );
      out.push(
        firm ? { start: start + 1, end: end - 1, ref: firm.ref, priority: 9 } : { start, end, ref: null, priority: 9 },
      );
      continue;
    }
    const status = /征求意见稿/.test(inner + (edition?.[2] ?? ""))
      ? "征求意见稿"
      : /草案[)）]?$/.test(inner)
        ? "草案"
        : /[(（]试行[)）]$/.test(inner)
          ? "试行"
          : null;
    const named = NAMED_MEASURES.find((n) => n.name === canonicalTitle(inner));
    // a document number right after the title (皖能源电力〔2021〕99号) is kept as an alias
    const docNo = text.slice(end, end + 30).match(DOC_NUMBER_AFTER_TITLE);
    // a counted short name inside the title (…八项措施, …十条) also names it: 八项措施
    const counted = plain.match(/([一二三四五六七八九十两\d]+(?:项措施|条措施|条意见|条))$/);
    const aliases = [
      ...(named?.aliases ?? []),
      ...(docNo ? [docNo[1]!] : []),
      ...(innerNo ? [innerNo[1]!] : []),
      ...(counted ? [counted[1]!] : []),
      ...(issuers || printing ? [canonicalTitle(fullTitle)] : []),
    ];
    // a division written before 关于 (内蒙古自治区关于…的措施) is where it applies, not part of the title
    const led = issuers ? null : divisionAt(inner, 0, null);
    // (and a body after the division the tables do not know, a typo's or an ad-hoc office: X州人民办公室关于…)
    const unknownBody = led
      ? inner.slice(led.len).match(/^[\u4e00-\u9fff]{0,12}?(?:办公室|局|委员会|委|厅|政府|小组)(?=关于)/)
      : null;
    const ledAt = led ? led.len + (unknownBody?.[0].length ?? 0) : 0;
    const ledTitle = led && led.divs.length === 1 && inner.startsWith("关于", ledAt) ? inner.slice(ledAt) : null;
    if (ledTitle) aliases.push(canonicalTitle(inner));
    // a national law by its short name (《刑法》) is the law's full name (中华人民共和国刑法)
    const canonical = canonicalTitle(ledTitle ?? inner);
    const name = nationalLawName(officialEdition(canonical));
    if (name !== canonical) aliases.push(canonical);
    // (a known title miswritten, 整顿 for 整治, keeps the title as written among its names)
    const asWritten = writtenTitle(ledTitle ?? inner);
    if (asWritten !== canonical) aliases.push(asWritten);
    const ref = measureRef(name, kind, aliases, status);
    const cand: Cand = { start, end, ref, priority: 8 };
    // a title that starts with a division (浙江省整治…工作方案) applies to it
    const place = issuers ? null : divisionAt(plain, 0, null);
    if (
      place &&
      place.divs.length === 1 &&
      (/^(关于|整治|贯彻|加强|进一步|做好|开展|全面|深入|推进|实施|防范|打击|清理)/.test(plain.slice(place.len)) ||
        // (or the genre's subject, for a plan of its own: 河南省虚拟货币“挖矿”活动整治方案)
        (/^(虚拟货币|比特币|数字货币|加密货币|“?挖矿|互联网金融)/.test(plain.slice(place.len)) &&
          /(方案|措施|意见|办法|细则|规定|计划|通知|通告)$/.test(plain)) ||
        // a division's own regulation (江苏省电力条例, 某市数据中心管理办法)
        /(条例|办法|规定|实施细则)$/.test(plain))
    )
      cand.links = [{ type: "APPLIES_TO", from: ref, to: divisionRef(place.divs[0]!), properties: {} }];
    if (issuers) {
      cand.inner = issuers.agencies;
      const cited = citedAt(text, start);
      cand.links = issuedLinks(issuers.agencies, ref, cited);
      // a decision promulgating a regulation (X关于发布实施〈Y〉的决定) names Y too, a measure of its own that X issued
      const promulgated = PROMULGATED.exec(inner);
      if (promulgated) {
        const y = promulgated[1]!;
        const yRef = measureRef(nationalLawName(canonicalTitle(y)), titleKind(y));
        cand.inner = [
          ...issuers.agencies,
          { ...spanIn(y), ref: yRef, priority: 8, links: issuedLinks(issuers.agencies, yRef, true) },
        ];
      }
    }
    // a decision amending a document (关于修改〈Y〉的决定) names Y too, a measure of its own the decision rests on
    const amended = AMENDED.exec(inner);
    if (amended) {
      const y = amended[1]!;
      const yRef = measureRef(officialEdition(canonicalTitle(y)), titleKind(y));
      cand.links = [...(cand.links ?? []), { type: "CITES", to: yRef, properties: {} }];
      cand.inner = [...(cand.inner ?? []), { ...spanIn(y), ref: yRef, priority: 8 }];
    }
    out.push(cand);
  }
  // (quoted in 「」 too, as Taiwan's and Hong Kong's papers write it: 「斷卡」行動)
  const campaign = /[“"「]([^”"」\s,，。]{2,8})[”"」](?:专项)?行动/g;
  while ((m = campaign.exec(text))) {
    // (a police operation's code name, 代号「天角」行动, is no measure)
    if (GENERIC_CAMPAIGN.test(m[1]!) || /代号为?\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: measureRef(`${m[1]}行动`, "campaign", [`“${m[1]}”行动`]),
      priority: 6,
    });
  }
  // a campaign named by its subject and kind (开展虚拟货币“挖矿”专项整治攻坚行动, 省政府关于X活动整治攻坚行动的部署)
  for (const c of text.matchAll(NAMED_CAMPAIGN)) {
    const name = c[1]!;
    if (!/[“"]|虚拟货币|挖矿|比特币|矿场|矿机/.test(name)) continue;
    // (one occasion of an action told by its count, 全市首次…现场整治行动, 第二次集中清理行动: an event, no campaign's name)
    if (/首次|再次|[一二三四五六七八九十\d]+次/.test(name)) continue;
    // (an action told by its object, 开展对虚拟货币交易的打击治理行动: a description, no campaign's name)
    if (/^(?:对|针对)/.test(name)) continue;
    const start = c.index + c[0].length - name.length;
    out.push({
      start,
      end: start + name.length,
      ref: measureRef(canonicalTitle(name), "campaign"),
      priority: 5,
    });
  }
  // one document number, one measure: a number the lexicon knows names its measure whatever title is written before it
  // (《整治虚拟货币“挖矿”活动的通知》（发改运行〔2021〕1283号）, a title short of its 关于), and the titles written with one
  // number are the first one written (《晋城市…实施方案》（晋市政办〔2021〕55号）… 《…实施方案》（晋市政办〔2021〕55号）)
  const byNumber = new Map<string, EntityRef>();
  for (const [k, c] of [...out.entries()].sort((a, b) => a[1].start - b[1].start)) {
    if (c.ref?.label !== "Measure" || c.ref.name.endsWith("号")) continue;
    const numbers = c.ref.aliases.filter((a) => /号$/.test(a)).map(canonicalNumber);
    const number = numbers.find((a) => /〔\d{4}〕\d{1,4}号$/.test(a));
    const known = number ? KNOWN_BY_NUMBER.get(number) : undefined;
    const first = known ? measureRef(known.name, known.kind, known.aliases) : number ? byNumber.get(number) : undefined;
    let ref = c.ref;
    if (first && first.name !== c.ref.name) {
      ref = { ...first, aliases: [...new Set([...first.aliases, ...c.ref.aliases, c.ref.name])] };
      out[k] = { ...c, ref, links: relinked(c.links, (r) => (r === c.ref ? ref : r)) };
    }
    for (const n of numbers) if (n !== number || !byNumber.has(n)) byNumber.set(n, ref);
  }
  // a number named again alone after its title (…的通知（川发改能源〔2021〕15号）… 根据川发改能源〔2021〕15号文件): that title
  for (const [k, c] of out.entries()) {
    const titled = c.ref?.label === "Measure" && c.ref.name.endsWith("号") ? byNumber.get(c.ref.name) : undefined;
    if (titled) out[k] = { ...c, ref: titled };
  }
  // a title quoted again with one character slipped (即时通信工具… then 即时通讯工具…): the title first written
  const firstTitles: EntityRef[] = [];
  for (const [k, c] of [...out.entries()].sort((a, b) => a[1].start - b[1].start)) {
    if (c.ref?.label !== "Measure" || c.ref.name.endsWith("号")) continue;
    const name = c.ref.name;
    const slip = oneSlipFrom(
      name,
      firstTitles.map((r) => r.name),
    );
    const first = slip ? firstTitles.find((r) => r.name === slip) : undefined;
    if (first) out[k] = { ...c, ref: { ...first, aliases: [...new Set([...first.aliases, name])] } };
    else if (!firstTitles.some((r) => r.name === name)) firstTitles.push(c.ref);
  }
}

const DIGITS = "零一二三四五六七八九";
/** 1–999 in Chinese numerals (51 → 五十一, 10 → 十, 105 → 一百零五). */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  const rest = n % 100;
  const tail =
    rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}
/** Arabic digits of an ordinal (第51次) written in Chinese numerals, as official names write them. */
export const chineseOrdinal = (s: string): string =>
  s.replace(/第(\d{1,3})次/g, (_, d: string) => `第${chineseNumber(Number(d))}次`);

/** A body's numbered meeting as written after its name: 第五十一次会议, 第51次全体会议, 第73次常务会议. */
const NUMBERED_MEETING = /^第[一二三四五六七八九十百零〇\d]+次(?:全体|常务|委务|局务|厅务|部务|主任)?会议/;

/** A body's own numbered meeting named by its kind alone (第2次委务会议, 第5次局务会议), and the body kind it is of. */
const OWN_KIND_MEETING = /第[一二三四五六七八九十百零〇\d]+次(委务|局务|厅务|部务)会议/g;
const OWN_KIND_BODY: Record<string, RegExp> = { 委务: /(委员会|委)$/, 局务: /局$/, 厅务: /厅$/, 部务: /部$/ };

/** A plenary session by the body's term and its number (四届五次全会, 十九届六中全会, 第十一届第三次全体会议). */
const PLENARY =
  /^第?[一二三四五六七八九十]+届(?:第?[一二三四五六七八九十]+次|[一二三四五六七八九十]+中)(?:全会|全体(?:扩大)?会议)/;

/**
 * A body's numbered meeting as every rule names it: the body's name, the number in Chinese numerals, and 常务 when it
 * is an executive meeting; 全体 (a committee's numbered meetings are its plenaries) is left to the written alias.
 * @example numberedMeetingName("四川省人民政府", "第73次常务会议") === "四川省人民政府第七十三次常务会议"
 */
export const numberedMeetingName = (body: string, written: string): string =>
  `${body}${chineseOrdinal(written.replace("全体会议", "会议"))}`;

/** A body's numbered meeting's ref: named as above, with the number as written (alone and after the body's full name) and `more` as aliases. */
const numberedMeetingRef = (body: string, written: string, more: string[] = []): EntityRef => {
  const name = numberedMeetingName(body, written);
  return measureRef(
    name,
    "meeting",
    [...new Set([written, `${body}${written}`, ...more])].filter((x) => x !== name),
  );
};

/** Quote marks that open a meeting's topic, each with its closing mark. */
const TOPIC_QUOTES: Record<string, string> = { "「": "」", "“": "”", '"': '"', "『": "』" };

/**
 * A named meeting's ref. A topic quoted before the kind of meeting (「虚拟货币『挖矿』治理」会议) loses that outer pair,
 * as the meeting is named (虚拟货币“挖矿”治理会议); the written form is an alias.
 */
function meetingRef(written: string): EntityRef {
  const close = TOPIC_QUOTES[written[0]!];
  const end = close ? written.lastIndexOf(close) : -1;
  // (the closing mark is the last quote: only the kind of meeting follows it)
  const bare =
    end > 1 && !/[「」“”"『』]/.test(written.slice(end + 1)) ? written.slice(1, end) + written.slice(end + 1) : written;
  const name = canonicalTitle(bare);
  return measureRef(name, "meeting", bare === written ? [] : [canonicalTitle(written)]);
}

/** A meeting's name that holds the genre's subject (虚拟货币挖矿整治工作推进会): a named meeting, not a routine one. */
const GENRE_TOPIC = /[“"「]|虚拟货币|虚拟币|挖矿|比特币|矿场|矿机|数字货币|加密货币|区块链/;

/** A meeting of the genre's subject told as held on a day (X成立大会于9月23日在石家庄召开): its name, then 于 and the day. */
const HELD_ON = new RegExp(
  `([^\\s，,。；;、：:“”《》]{4,30}?(?:成立大会|大会|座谈会|推进会|工作会议|专题会议|会议))${HELD_ON_DAY}`,
  "g",
);

/** Meetings told as held on a day with their name first (X成立大会于9月23日召开): named meetings of the genre's subject. */
export function heldMeetings(text: string, out: Cand[]): void {
  for (const m of text.matchAll(HELD_ON)) {
    const name = m[1]!;
    if (KIND_OF_MEETING.test(name) || !GENRE_TOPIC.test(name)) continue;
    out.push({ start: m.index, end: m.index + name.length, ref: meetingRef(name), priority: 6 });
  }
}

/**
 * Meetings convened by an agency: 金融委召开第五十一次会议 (a day or a weekday between, 金融委上周五召开…); 发改委组织
 * 召开…专题视频会议; a committee's hearing named after it (X委员会「…」公听会). Runs after agencies are chosen.
 */
export function meetings(text: string, chosen: Cand[], out: Cand[]): void {
  // a body's own numbered meeting named by its kind alone (…发改委…，但该条目在8月27日第2次委务会议审议通过): the
  // meeting of the last body of that kind named before it in the paragraph, unless it is written right after one
  for (const k of text.matchAll(OWN_KIND_MEETING)) {
    const body = chosen
      .filter(
        (c) =>
          c.ref?.label === "Agency" &&
          c.end <= k.index &&
          k.index - c.end <= 200 &&
          !text.slice(c.end, k.index).includes("\n") &&
          OWN_KIND_BODY[k[1]!]!.test(c.ref.name),
      )
      .at(-1);
    if (!body || body.end === k.index) continue;
    out.push({
      start: k.index,
      end: k.index + k[0].length,
      ref: numberedMeetingRef(body.ref!.name, k[0]),
      priority: 7,
      links: [{ type: "ISSUED", from: body.ref!, to: null as unknown as EntityRef, properties: {} }],
    });
  }
  for (const a of chosen) {
    if (!a.ref) continue;
    // (a division convening, 四川省召开关于X座谈会: the meeting by its own name, no body issuing it)
    const division = a.ref.label === "Province" || a.ref.label === "Place";
    if (a.ref.label !== "Agency" && !division) continue;
    const after = text.slice(a.end, a.end + 60);
    // 金融委召开第五十一次会议, or the meeting named right after its body: 国务院金融稳定发展委员会第五十一次会议
    const m =
      after.match(
        /^(?:[（(](?:以下简称|下称|简称)?[^（）()\n]{1,12}[）)])?(?:也|再次|日前|近日|近期|早前|此前|前不久|当天|今天|昨天|今日|昨日|前天|[昨今前]晚|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天](?:[（(]\d{1,2}日[）)])?|随后|还|曾)?(?:(?:决定|拟|将)?(?:定?于)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上)?(?:\d{1,2}[:：]\d{2}|\d{1,2}时)?(?:在[^,，。;；]{2,16}?)?)?(?:牵头|联合|共同)?(?:组织[^,，。;；]{0,8}?|召集[^,，。;；]{0,8}?|召集[^。;；]{0,50}?等[一二三四五六七八九十\d]+个?(?:部门|单位))?(?:召开了?|举行了?)[,，]?/,
      ) ??
      (NUMBERED_MEETING.test(after) || /^[「“"][^」”"\n]{2,24}[」”"](?:公听会|听证会|座谈会)/.test(after)
        ? [""]
        : null);
    // a meeting named by its body alone and what it said (国务院金融稳定发展委员会会议指出, X领导小组全体会议强调)
    // (a committee's meeting contracted, 委员会议 for 委员会会议: 国务院金融稳定发展委员会议明确提出)
    const contracted = a.ref.name.endsWith("会") && text.slice(a.end - 1, a.end) === "会" && after.startsWith("议");
    const spoke =
      m || division
        ? null
        : (contracted ? `会${after}` : after).match(
            /^((?:全体)?会议)(?:上)?(?:首次|再次|专门|进一步)?(?:明确)?(?:指出|强调|提出|要求|认为|决定|明确|部署|研究|审议|将|把)/,
          );
    if (spoke) {
      out.push({
        // (contracted, the meeting is written by the 议 after its body's name)
        start: a.end,
        end: a.end + spoke[1]!.length - (contracted ? 1 : 0),
        ref: measureRef(`${a.ref.name}${spoke[1]}`, "meeting", []),
        priority: 7,
        // (the words of the mention, 会议, are no name of it)
        noAlias: true,
        links: [{ type: "ISSUED", from: a.ref, to: null as unknown as EntityRef, properties: {} }],
      });
      continue;
    }
    if (!m) continue;
    const rest = after.slice(m[0].length);
    const numbered = rest.match(NUMBERED_MEETING);
    const named = rest.match(
      /^(?!的)[^\s,，。;；、]{2,26}?(?:专题会议|视频会议|工作会议|座谈会|推进会|调度会|部署会|现场会|工作会|会议|专题会|公听会|听证会)/,
    );
    // (a division's meeting only by a name of its own, 关于…; a body's numbered or named one not of a mere kind)
    const hit = division
      ? named?.[0].startsWith("关于") || (named && !KIND_OF_MEETING.test(named[0]) && GENRE_TOPIC.test(named[0]))
        ? named
        : null
      : (numbered ?? (named && !KIND_OF_MEETING.test(named[0]) ? named : null));
    if (!hit) continue;
    const start = a.end + m[0].length;
    if (division) {
      out.push({ start, end: start + hit[0].length, ref: meetingRef(hit[0]), priority: 7 });
      continue;
    }
    // (the bodies listed before it convened it too: A、B联合召开…会议)
    const conveners = [...listedBefore(text, chosen, a, "Agency"), a];
    // (a meeting the sentence carries out, 按照X第51次会议的部署要求, was held before the day it tells of)
    const properties: Record<string, boolean> =
      m[0] === "" && citedAt(text, conveners[0]!.start) ? { undated: true } : {};
    // (a meeting's number in its official name is written in Chinese numerals: 第51次 → 第五十一次)
    out.push({
      start,
      end: start + hit[0].length,
      // (the number as written is an alias, alone and after the body's name: 第51次会议, 国务院金融稳定发展委员会第51次会议)
      ref: numbered ? numberedMeetingRef(a.ref.name, hit[0]) : meetingRef(hit[0]),
      priority: 7,
      links: conveners.map((b) => ({
        type: "ISSUED" as const,
        from: b.ref!,
        to: null as unknown as EntityRef,
        properties,
      })),
    });
  }
}

/** How far into a document its heading (title, number, addressees) reaches. */
const HEADER_SPAN = 400;

/**
 * A document number on a line of its own near the top (内发改价费字〔2022〕115号 under the notice's title) is the
 * document's own number, not a document it cites: the alias of the title written on a line above it, or no node when
 * the document has no title (a letter's number, 海政字〔2021〕54号). Returns new candidates.
 */
export function headerNumbers(text: string, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of chosen) {
    if (c.ref?.label !== "Measure" || !c.ref.name.endsWith("号") || c.start > HEADER_SPAN || !ownLine(text, c)) {
      out.push(c);
      continue;
    }
    const lineStart = text.lastIndexOf("\n", c.start - 1) + 1;
    const title = chosen.find(
      (t) => t.ref?.label === "Measure" && !t.ref.name.endsWith("号") && t.end <= lineStart && t.start < HEADER_SPAN,
    );
    if (title) out.push({ ...c, ref: title.ref, links: undefined });
  }
  return out;
}

/** Whether a candidate is all its line holds (blanks and a bracket around it aside). */
function ownLine(text: string, c: Cand): boolean {
  const before = text.slice(text.lastIndexOf("\n", c.start - 1) + 1, c.start);
  const nl = text.indexOf("\n", c.end);
  const after = text.slice(c.end, nl < 0 ? text.length : nl);
  return /^[\s\u3000(（]*$/.test(before) && /^[\s\u3000)）]*$/.test(after);
}

/**
 * A meeting written right after the division holding it (召开的甘孜藏族自治州全州…座谈会): the meeting, the division and
 * its name together an alias, as readers name it. Returns new candidates (refs are copied).
 */
export function divisionLedMeetings(text: string, chosen: Cand[]): Cand[] {
  const placeEnds = new Map<number, Cand>();
  for (const c of chosen) if (c.ref?.label === "Province" || c.ref?.label === "Place") placeEnds.set(c.end, c);
  return chosen.map((c) => {
    const place =
      c.ref?.label === "Measure" && c.ref.properties.kind === "meeting" ? placeEnds.get(c.start) : undefined;
    if (!place) return c;
    const alias = text.slice(place.start, place.end) + c.ref!.name;
    return { ...c, ref: { ...c.ref!, aliases: [...new Set([...c.ref!.aliases, alias])] } };
  });
}
