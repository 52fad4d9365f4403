/**
 * Measure dates told by a document's layout (a signature's date line, a publication line under the heading) and by
 * its date stated outright (《通知》落款时间为8月17日).
 */
import { HELD_ON_DAY, valid, ymd } from "../dates.js";
import { TEAM_WORDS } from "../lexicon/companies.js";
import type { ResolvedMention } from "../types.js";
import { type RelateContext } from "./context.js";
import { TOLD_BEFORE, isDeadline, leadingDay } from "./dates.js";

/** What a signature line may hold beside its signers' names: spaces, 中共, a platform's team word (X团队). */
const SIGNATURE_LEFTOVER = new RegExp(`${TEAM_WORDS}|[\\s中共]`, "g");

/** Dates of measures from signature and publication lines. */
export function layoutDates(c: RelateContext): void {
  const { text, ranges, inRange, rels, bySentence, without, measureDate, dateMeasure, heading, headingAt } = c;
  // a notice signed by its issuers, then a date line (嘉兴市发展和改革委员会 …\n2022年3月1日): that is its issue date;
  // a firm's statement signed by the firm's name and a day is dated by that day, before a republishing page's 今天
  ranges.forEach(([s0, e0], i) => {
    const line = text.slice(s0, e0).trim();
    const only = inRange(s0, e0).filter((d) => d.precision === "day" && d.value);
    if (only.length !== 1 || line.length > only[0]!.end - only[0]!.start + 1 || i === 0) return;
    const signers = new Set<string>();
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      const ms = (bySentence.get(k) ?? []).filter((m) => m.label === "Agency" || m.label === "Company");
      const rest = without(ranges[k]![0], ranges[k]![1], ms);
      // (a platform signs as its team: X团队, X运营团队)
      if (!ms.length || rest.replace(SIGNATURE_LEFTOVER, "").length > 0) break;
      for (const m of ms) signers.add(m.entityId);
    }
    if (!signers.size) return;
    for (const r of rels.values())
      if (r.type === "ISSUED" && signers.has(r.source) && !measureDate.has(r.target))
        measureDate.set(r.target, only[0]!.value!);
      // (a firm's statement dated before, by a republishing page's 今天: the signature's day, the earlier, wins; the
      // firm signs with its legal name, 支付宝(中国)网络科技有限公司, which extract/ makes the brand's own name)
      else if (r.type === "ISSUED" && r.source.startsWith("company:") && signers.has(r.source))
        dateMeasure(r.target, only[0]!.value!);
  });
  // the document's own measure (its heading) is dated by its signature's date (a date standing alone as one of the
  // document's last lines, after the issuers' names), else by a publication line right under the heading
  // (时间：2017-09-04, 发布日期：…): the page may post a notice days after it was signed; a line that names the day
  // the document was written (成文日期, 发文日期) is that day whatever the signature says
  if (heading && !measureDate.has(heading.entityId)) {
    let found: string | null = null;
    let posted: string | null = null;
    for (let i = headingAt + 1; i <= headingAt + 2 && i < ranges.length && !found && !posted; i++) {
      const [s0, e0] = ranges[i]!;
      for (const x of inRange(s0, e0)) {
        if (x.precision !== "day" || !x.value) continue;
        const label = /(时间|日期|发布于|发文日期|成文日期)\s*[:：]?\s*$/.exec(
          text.slice(Math.max(s0, x.start - 8), x.start),
        );
        if (!label) continue;
        if (/^(发文|成文)/.test(label[1]!)) found = x.value;
        else posted = x.value;
        break;
      }
    }
    // the signature: one of the last lines holding only the issuers' names and a date (an editor's line may follow)
    for (let i = ranges.length - 1; i > headingAt && i >= ranges.length - 3 && !found; i--) {
      const [s0, e0] = ranges[i]!;
      const only = inRange(s0, e0).filter((d) => d.precision === "day" && d.value);
      if (only.length !== 1) continue;
      const agencies = (bySentence.get(i) ?? []).filter((m) => m.label === "Agency");
      const rest = without(s0, e0, agencies)
        .replace(/(编辑|责任编辑|来源|审核)[:：].*$/, "")
        .split(text.slice(only[0]!.start, only[0]!.end))
        .join("");
      if (rest.replace(/[\s,，。]/g, "").length === 0) found = only[0]!.value!;
    }
    found ??= posted;
    if (found) measureDate.set(heading.entityId, found);
  }
}

/** A measure's own date stated outright after its name: 落款时间为, 成文日期是, 印发日期：. */
const STATED_DATE =
  /^[》」”"]?\s*(?:[,，]\s*)?(?:的)?(?:落款|成文|印发|发文|签发|签署|发布|公布)(?:时间|日期)\s*(?:为|是|[:：])?\s*$/;
/** A page's publication line on the line after a title: 发布时间：, 公布日期： (not 成文日期, 印发日期, 落款时间). */
const POSTED_LINE = /\n\s*(?:发布|公布)(?:时间|日期)/;
/** A measure told as the one a body issued on a day (《X》是四川省发改委6月18日发布的): 是, its issuers, the day, the verb. */
const CLEFT_BEFORE = /^[》」”"]?\s*(?:正)?是(?:由)?[^,，。；;《》]{2,30}?(?:于|在)?$/;
const CLEFT_AFTER = /^(?:上午|下午|晚间|晚上)?(?:联合)?(?:发布|印发|下发|出台|公布|签发)的/;

/** What may stand between a full date and the title it dates: the issuers counted or named, an issuing verb. */
const DATE_TO_TITLE =
  /^[,，]?\s*(?:上午|下午|晚间|晚上|早间|凌晨|当晚)?[,，]?\s*(?:[一二三四五六七八九十两\d]+\s*(?:部委|部门|个部门))?(?:等[一二三四五六七八九十两\d]*个?部门)?(?:上午|下午|晚间|晚上|早间|凌晨)?(?:联合)?(?:发布|印发|出台|下发|公布)?了?(?:的)?(?:一份|一则)?(?:紧急)?(?:通知|文件|公告)?\s*《?$/;

/**
 * The date a text states a measure was signed or issued on (《通知》落款时间为8月17日), a full date written right
 * before a title with at most its issuers between (再到2021年9月24日十部委《关于…的通知》), and a month and day the
 * article gives no year for, in the year of the measure's own document number: that measure's date.
 */
export function statedDates(c: RelateContext): void {
  const { text, mentions, sIndex, ranges, bySentence, inRange, normStart, normEnd, without, measureDate } = c;
  // the year each measure's document number carries (皖能源电力〔2021〕35号 → 2021)
  const numberYear = new Map<string, number>();
  for (const e of c.input.entities)
    for (const a of e.label === "Measure" ? e.aliases : []) {
      const y = a.match(/〔(\d{4})〕\d{1,4}号$/)?.[1];
      if (y) numberYear.set(e.id, +y);
    }
  for (const m of mentions) {
    if (m.label !== "Measure") continue;
    const at = normEnd(m);
    const d = inRange(at, at + 24).find((x) => x.precision === "day" && x.value);
    if (
      d &&
      // (a page's posting line under a title, 发布时间：…, is no date the text states for it: layoutDates weighs it)
      ((STATED_DATE.test(text.slice(at, d.start)) && !POSTED_LINE.test(text.slice(at, d.start))) ||
        (CLEFT_BEFORE.test(text.slice(at, d.start)) && CLEFT_AFTER.test(text.slice(d.end, d.end + 8))))
    ) {
      measureDate.set(m.entityId, d.value!);
      continue;
    }
    if (measureDate.has(m.entityId)) continue;
    const i = sIndex.get(m.sentenceId)!;
    // a month and day with no year the article gives (7月15日，X印发《Y》（皖X〔2021〕35号）): the year of the
    // measure's own document number, when the day is written before it in its sentence
    const year = numberYear.get(m.entityId);
    const dayOnly = year
      ? inRange(ranges[i]![0], normStart(m))
          .filter((x) => x.precision === "day" && !x.value && x.form === "partial")
          .at(-1)
      : undefined;
    // (not a dateline's day with the issuing told as done before it: 中新网9月24日电 …日前，X发布《Y》)
    const reported =
      dayOnly &&
      (/^\s*(?:电|讯|消息)/.test(text.slice(dayOnly.end, dayOnly.end + 3)) ||
        TOLD_BEFORE.test(text.slice(dayOnly.end, normStart(m))));
    const md = dayOnly && !reported ? text.slice(dayOnly.start, dayOnly.end).match(/(\d{1,2})月(\d{1,2})日/) : null;
    if (md && valid(year!, +md[1]!, +md[2]!)) {
      measureDate.set(m.entityId, ymd(year!, +md[1]!, +md[2]!));
      continue;
    }
    const from = Math.max(ranges[i]![0], normStart(m) - 40);
    const full = inRange(from, normStart(m))
      .filter((x) => x.precision === "day" && x.value && x.form === "absolute")
      .at(-1);
    if (!full) continue;
    // (the issuers between: bodies, or the firm whose announcement it is, 2021年9月26日，X公告发布后)
    const between = without(
      full.end,
      normStart(m),
      (bySentence.get(i) ?? []).filter((a) => a.label === "Agency" || a.label === "Company"),
    );
    if (DATE_TO_TITLE.test(between.replace(/[、和及与]/g, ""))) measureDate.set(m.entityId, full.value!);
  }
}

/**
 * A sentence telling of a document issued on its day with no name given (四川周五出台关闭…的禁令, X日印发了一份通知,
 * X等十部门联合发文), or of a ban announced (宣布…禁止, 叫停).
 */
const ISSUED_UNNAMED =
  /(?:出台|发布|印发|下发|公布|出炉)了?(?:一份|一则|一项|一道)?[^，,。;；《“]{0,16}?(?:禁令|通知|文件|意见|方案|措施|政策|规定|公告)|^[，,]?[^，,。;；《“]{0,12}?发文(?=[，,。;；]|$)|^[，,]?[^，,。;；《]{0,8}?(?:(?:宣布|宣告)[^，,。;；《“]{0,8}?(?:禁止|取缔|封杀|叫停)|叫停)/;
/** What right before a measure says it is the document issued (下发了《…》, 该文件名为《…》). */
const ISSUED_OR_NAMED_BEFORE =
  /(?:出台|发布|印发|下发|公布)[了的]?(?:一份|一则|一项)?(?:名为|题为)?[《“"]?$|(?:名为|题为|即)[《“"]?$|(?:^|[，,。；;])\s?(?:该|这份|此份|上述)[《“"]?$/;

/** How many sentences back a day told of an unnamed issue may stand from the measure it dates. */
const LEAD_REACH = 4;

/**
 * A measure named a few sentences after the one telling its issue on a day (四川周五也出台…的禁令。四川省发改委和能源局
 * 下发了关于…的通知; 七部委周一（4日）叫停ICO融资。…。根据七部委联合发布的“…”公告): that day, when the measure's sentence
 * tells no day of its own, the sentence with the day tells one and names no measure, the sentences between (at most
 * LEAD_REACH back) name no measure and tell no date, and the measure is written right after an issuing verb or a
 * naming word.
 */
export function leadSentenceDates(c: RelateContext): void {
  const { text, ranges, inRange, bySentence, normStart, measureDate, mentions, sIndex } = c;
  const names = (k: number): boolean => (bySentence.get(k) ?? []).some((x) => x.label === "Measure");
  for (const m of mentions) {
    if (m.label !== "Measure" || measureDate.has(m.entityId)) continue;
    const i = sIndex.get(m.sentenceId)!;
    const [s0, e0] = ranges[i]!;
    // (a deadline's day, 6月20日前, 自12月1日起, is no day the sentence tells of)
    if (inRange(s0, e0).some((d) => d.precision === "day" && !isDeadline(text, d))) continue;
    if (bySentence.get(i)?.find((x) => x.label === "Measure")?.entityId !== m.entityId) continue;
    // the nearest sentence before that tells a date, when none between names a measure
    let k = i - 1;
    while (k >= 0 && i - k <= LEAD_REACH && !names(k) && !inRange(...ranges[k]!).length) k--;
    if (k < 0 || i - k > LEAD_REACH || names(k)) continue;
    const [p0, p1] = ranges[k]!;
    const days = inRange(p0, p1).filter((d) => d.precision === "day" && d.value);
    if (days.length !== 1 || !ISSUED_UNNAMED.test(text.slice(days[0]!.end, p1))) continue;
    if (!ISSUED_OR_NAMED_BEFORE.test(text.slice(Math.max(s0, normStart(m) - 10), normStart(m)))) continue;
    measureDate.set(m.entityId, days[0]!.value!);
  }
}

/**
 * A document pointed back at, then its issue told with a day (该文件发布于2021年6月9日, 该通知的落款时间为…), or its
 * signature's day told right after its title or number (《…》（X〔2021〕131号），落款日期为6月9日), or its issue told
 * right after its title (《X》印发于2021年9月3日).
 */
const POINTED_BACK_ISSUED =
  /(?:(?:该|此|这份|这一|上述)(?:文件|通知|方案|意见|公告|通告|措施|办法|规定|政策|文)(?:的)?(?:于|在)?(?:发布|印发|出台|下发|落款|成文|签发|公布)(?:日期|时间)?|[，,)）》](?:其)?(?:落款|成文)(?:日期|时间)|[》」”](?:印发|发布|出台|下发|公布|签发)(?=于))(?:为|是|于|在)?\s*$/;

/**
 * A measure's date told right after a word pointing back at it (《X》显示，该文件发布于2021年6月9日): the day, for the last
 * measure named before in the sentence or, when it names none, in the sentence before.
 */
export function pointedBackDates(c: RelateContext): void {
  const { text, ranges, inRange, bySentence, normEnd, measureDate } = c;
  ranges.forEach(([s0, e0], i) => {
    for (const d of inRange(s0, e0)) {
      if (d.precision !== "day" || !d.value || d.form === "relative") continue;
      const before = (k: number): ResolvedMention | undefined =>
        (bySentence.get(k) ?? []).filter((m) => m.label === "Measure" && normEnd(m) <= d.start).at(-1);
      // (or the day in brackets right after the title, its number before it and its issuing after it: 《X》（Y〔2021〕
      // 1288号，2021年9月3日印发）, 《X》（2021年9月3日发布）)
      const last = before(i);
      const bracketed =
        !!last &&
        /^[》」”"]?\s*(?:[（(][^()（）。]{0,30}?)?[，,]?\s*$/.test(text.slice(normEnd(last), d.start)) &&
        // (or nothing: a date alone in the brackets after a title, 《X》（2021年11月3日）, is its issue date)
        /^\s*(?:印发|发布|公布|下发|签发|出台|成文)?[)）]/.test(text.slice(d.end, d.end + 6));
      if (!bracketed && !POINTED_BACK_ISSUED.test(text.slice(Math.max(s0, d.start - 16), d.start))) continue;
      const m = last ?? (i > 0 ? before(i - 1) : undefined);
      if (m && !measureDate.has(m.entityId)) measureDate.set(m.entityId, d.value);
    }
  });
}

/** What after a meeting's name tells the day it was held on (于9月23日在石家庄召开). */
const HELD_AFTER = new RegExp(`^${HELD_ON_DAY}`);

/**
 * A meeting held on a day that leads its clause, with no body convening it (6月8日上午，雅安市召开X推进会; a division
 * holds it): that day. A body's meeting is dated with its ISSUED edge instead (relate/issued.ts).
 */
export function heldDates(c: RelateContext): void {
  const { text, ranges, mentions, sIndex, inRange, normStart, normEnd, measureDate, isMeeting } = c;
  for (const m of mentions) {
    if (m.label !== "Measure" || measureDate.has(m.entityId) || !isMeeting(m.entityId)) continue;
    const at = normStart(m);
    // (or its name first, then the day it was held on: X成立大会于9月23日在石家庄召开)
    const after = HELD_AFTER.exec(text.slice(normEnd(m), normEnd(m) + 40));
    const on = after ? inRange(normEnd(m), normEnd(m) + after[0].length).find((d) => d.precision === "day") : undefined;
    if (on?.value) {
      measureDate.set(m.entityId, on.value);
      continue;
    }
    if (!/(?:召开|举行)了?$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    const day = leadingDay(text, inRange, ranges[sIndex.get(m.sentenceId)!]![0], at);
    if (day) measureDate.set(m.entityId, day.value!);
  }
}

/** A short name made of a month and a day (924通知, 9·4公告, 九四 aside): the digits, then a kind of document. */
const DAY_NICKNAME = /^(\d{1,2})[·.]?(\d{1,2})(?:通知|公告|文件|规定|政策|禁令)$/;

/**
 * A measure issued in a month the text gives (2021年9月，X发布《Y》), or a year only (2021年的“924通知”), that the text
 * also calls by a short name made of a month and a day (下称“924通知”): that day. The short name must be written in the
 * text, its month the one given, and with a year only its digits must read one way alone.
 */
export function nicknameDates(c: RelateContext): void {
  const { text, mentions, sIndex, ranges, inRange, normStart, measureDate } = c;
  for (const m of mentions) {
    if (m.label !== "Measure" || measureDate.has(m.entityId)) continue;
    const e = c.entityById.get(m.entityId);
    // (the month the sentence gives before it, or only its year: 2021年的“924通知”)
    const told = inRange(ranges[sIndex.get(m.sentenceId)!]![0], normStart(m))
      .filter((d) => (d.precision === "month" || d.precision === "year") && d.value)
      .at(-1)?.value;
    if (!e || !told) continue;
    const [y, mo] = told.split("-").map(Number) as [number, number | undefined];
    for (const a of e.aliases) {
      const n = a.match(DAY_NICKNAME);
      if (!n || !text.includes(a)) continue;
      // (924: the 9th month's 24th; 1224: the 12th month's 24th; with no month told, only one reading may be valid)
      const digits = `${n[1]}${n[2]}`;
      const readings = [1, 2]
        .map((k) => [+digits.slice(0, k), +digits.slice(k)] as const)
        .filter(([rm, rd]) => (mo === undefined || rm === mo) && rm >= 1 && rd >= 1 && valid(y, rm, rd));
      const hit = readings.length === 1 ? readings[0] : undefined;
      if (hit) {
        measureDate.set(m.entityId, ymd(y, hit[0], hit[1]));
        break;
      }
    }
  }
}
