/** ISSUED: who issued a measure (the clause before an issuing verb, a passive 由/经, 就《…》征求意见, a generic 印发通知 then the title), with the measure dates told with the issuing. */
import { edgeId } from "../../schema/index.js";
import { idOf } from "../resolve.js";
import type { ResolvedMention } from "../types.js";
import { ACTION_VERB, announcementOwners, type RelateContext, type SentenceContext, withoutVenues } from "./context.js";
import { CITING, LEAD_DAY_CLOSE, TOLD_BEFORE, leadingDay } from "./dates.js";
import { addDays, cnNumber } from "../dates.js";

const ISSUE_VERB =
  /(?:联合|共同|再次|正式|先后|便|又|已|日前|近日|专门|今日|今天|昨日|昨天)*(?:发布|印发|下发|出台|公布|颁布|发出|下达|制定|制订|订定|订有|推出|联合制定|作出|做出|发文|挂出|刊发|刊登)了?(?:一份|一则|一个|一项)?(?:紧急)?(?:通知|文件|公告|通告)?(?:名为|题为|标题为|名称为)?(?:联合)?的?\s*[「“"]?$/;

/** A verb launching a named campaign, right before its name (部署开展, 组织开展了为期三个月的, 启动, 发起). */
const LAUNCH_VERB =
  /(?:部署|组织|决定|统一|联合|集中|牵头|再次|正式|全面|在全省|在全市|在全国|在全区)*(?:开展|启动|发起|展开|部署)了?(?:为期[^,，。]{1,8}的|一场|一次|新一轮|新一轮的)?\s*[「“"]?$/;

/** An issuing verb and a generic document word, the document's title coming after it (印发通知，《…》…). */
const ISSUE_NOUN =
  /(?:发布|印发|下发|出台|公布|颁布|发出|下达|制定|作出|做出)了?(?:一份|一则|一个|一项)?(?:紧急)?(?:通知|文件|公告|意见|方案|通告|办法|风险提示)/;
/** ISSUE_NOUN closing its clause (X近日印发通知，…), for a search (matchAll copies it: its lastIndex is never moved). */
const ISSUE_NOUN_CLOSED = new RegExp(`${ISSUE_NOUN.source}(?=[,，。;；:：]|$)`, "g");

/** What a body's arrangements about a measure are called after it (…的有关部署, …的工作要求, …的统一安排). */
const DEPLOYMENT_AFTER = /^\s*[”"」]?的(?:有关|相关|统一|工作|决策|总体|具体)?(?:部署|要求|安排|决策部署)/;

/**
 * A group of bodies named by its count or kind, no node (七部委, 多个部门, 监管部门), or the state itself (2021年9月3日我国发布《…》),
 * then how they acted together.
 */
const GROUP_OF_BODIES =
  /^[^,，。;；]{0,6}?(?:[一二三四五六七八九十\d多数几]+个?(?:部委|部门|单位)|有关部门|相关部门|监管部门|多部门|各部门|我国|中国|国家|中央|官方|监管层|当局)(?:联合|共同|再次|正式)*$/;

/** Words of a clause that tell no issuing done that day (曾, 已经, 将, 拟, and those of TOLD_BEFORE). */
const UNSURE = new RegExp(`${TOLD_BEFORE.source}|曾|已经|将|拟|准备|计划`);

/** What joins the titles of one list: 《A》和《B》, 《A》、《B》, 《A》《B》, 《A》以及《B》. */
const LISTED_MEASURE = /^[》]?\s*(?:[、和及与]|以及)?\s*[《]?$/;

/** Where the clause ending at `at` starts: right after the last clause break (,，;；:：。) before it, else `floor`. */
function clauseStartBefore(text: string, at: number, floor: number): number {
  for (let k = at - 1; k >= floor; k--)
    if (/[,，;；:：。]/.test(text[k]!) && !(/[,，]/.test(text[k]!) && ADDRESSEES_BEFORE.test(text.slice(floor, k))))
      return k + 1;
  return floor;
}

/** The bodies a document is sent to, set off by a comma before its verb (X向各省市金融办(局)，发布了《…》): no clause. */
const ADDRESSEES_BEFORE =
  /向[^,，;；:：。]{1,24}(?:办|局|厅|委|部|部门|单位|机构|银行|公司|政府)(?:[(（][^()（）]{1,4}[)）])?$/;

/** The last title a verb of the sentence issued: where it ends, its issuers and day. */
interface Listed {
  end: number;
  issuers: ResolvedMention[];
  day: string | null;
  /** Issuers told with 分别: the ones for the titles after the next, one each, in order. */
  rest?: ResolvedMention[];
}

/** A group of bodies told by its count (7部委, 十个部门), as a clause names it and as a list closes with it (A等7部委). */
const COUNTED_GROUP = /([一二三四五六七八九十\d]{1,3})个?(?:部委|部门)/;
const LIST_CLOSED_BY_COUNT = /等([一二三四五六七八九十\d]{1,3})个?(?:部委|部门)/g;
const groupSize = (s: string): number => (/^\d+$/.test(s) ? Number(s) : cnNumber(s));

/**
 * The bodies a group told by its count in [from, to) stands for: the ones an earlier sentence listed before 等 and
 * the same count (人民银行等7部委周一叫停… / 根据7部委联合发布的《…》), the last such list before `before`; none when no
 * earlier list has that count.
 */
function countedGroup(c: RelateContext, from: number, to: number, before: number): ResolvedMention[] {
  const g = c.text.slice(from, to).match(COUNTED_GROUP);
  if (!g) return [];
  const n = groupSize(g[1]!);
  const agencies = c.mentions.filter((m) => m.label === "Agency").sort((a, b) => c.normEnd(b) - c.normEnd(a));
  let found: ResolvedMention[] = [];
  for (const m of c.text.slice(0, before).matchAll(LIST_CLOSED_BY_COUNT)) {
    if (groupSize(m[1]!) !== n) continue;
    const listed: ResolvedMention[] = [];
    let at = m.index;
    for (const a of agencies) {
      if (c.normEnd(a) > at) continue;
      if (!/^[、和及与]?$/.test(c.text.slice(c.normEnd(a), at))) break;
      listed.unshift(a);
      at = c.normStart(a);
    }
    if (listed.length) found = listed;
  }
  return found;
}

/** How many titles a list starting with `first` holds (《A》和《B》、《C》: 3). */
function listedCount(c: RelateContext, sorted: ResolvedMention[], first: ResolvedMention): number {
  const measures = sorted.filter((m) => m.label === "Measure" && c.normStart(m) >= c.normStart(first));
  let n = 1;
  for (let k = 1; k < measures.length; k++) {
    if (!LISTED_MEASURE.test(c.text.slice(c.normEnd(measures[k - 1]!), c.normStart(measures[k]!)))) break;
    n++;
  }
  return n;
}

/** ISSUED in one sentence (with APPLIES_TO for local issuers and TARGETS after an action verb), and the measure dates it tells. */
export function issuedInSentence(c: RelateContext, x: SentenceContext): void {
  const {
    text,
    ranges,
    sentences,
    entityById,
    inRange,
    add,
    rels,
    bySentence,
    normStart,
    normEnd,
    without,
    governedPlaces,
    linksBySentence,
    measureDate,
    dateMeasure,
    isMeeting,
  } = c;
  const { i, s, sid, date, sorted, agencies, companies } = x;
  // ISSUED
  // the measure just issued by a verb of this sentence, its end, its issuers and day (a list after one verb:
  // X印发《A》和《B》 / 《A》《B》等文件)
  let issuedLast = null as Listed | null;
  for (const me of sorted.filter((m) => m.label === "Measure")) {
    const ms0 = normStart(me);
    const before = text.slice(s, ms0);
    const issuing = before.match(ISSUE_VERB);
    // (a named campaign is launched: X部署开展“断卡”行动, X启动…专项行动)
    const launched = !issuing && me.properties?.kind === "campaign" ? before.match(LAUNCH_VERB) : null;
    const v = issuing ?? launched;
    const listed: Listed | null = issuedLast;
    if (!v && listed && LISTED_MEASURE.test(text.slice(listed.end, ms0))) {
      const day: string | null = listed.day;
      for (const a of listed.issuers) {
        add("ISSUED", a.entityId, me.entityId, [sid], day);
        for (const l of governedPlaces(a.entityId)) add("APPLIES_TO", me.entityId, idOf(l.to), [sid], day);
      }
      dateMeasure(me.entityId, day);
      issuedLast = listed.rest
        ? { end: normEnd(me), issuers: listed.rest.slice(0, 1), day, rest: listed.rest.slice(1) }
        : { end: normEnd(me), issuers: listed.issuers, day };
      continue;
    }
    issuedLast = null;
    if (!v) {
      const after = text.slice(normEnd(me), ranges[i]![1]);
      // X就《…》公开征求意见, X对《…》（以下简称…）向社会征求意见: X drafted and published it
      if (
        /(?:就|对)\s*$/.test(before) &&
        /^(?:[(（][^()（）]{0,24}[)）])?[,，]?(?:向社会|面向社会)?(?:各界)?(?:公开)?(?:征求意见|征询意见)/.test(after)
      ) {
        const cs = clauseStartBefore(text, ms0, s);
        for (const a of agencies.filter((x) => normStart(x) >= cs && normEnd(x) <= ms0))
          add("ISSUED", a.entityId, me.entityId, [sid], date);
        // (a day written in the clause, 内蒙古发改委25日就《…》公开征求意见, or leading it, 2019年4月8日，X就《…》公开
        // 征求意见: the day the draft was put out)
        dateMeasure(
          me.entityId,
          inRange(cs, ms0)
            .filter((d) => d.precision === "day" && d.value)
            .at(-1)?.value ?? leadingDay(text, inRange, s, ms0)?.value,
        );
        continue;
      }
      // a body's arrangements about a campaign or meeting it launched, named without 《》 (省政府关于…攻坚行动的有关部署,
      // 市委、市政府关于…专项行动的工作要求): the bodies right before 关于, nothing but joining words between them,
      // issued it; a titled document there (关于《…》的部署) may be another body's, which it only deploys
      if (/关于\s*$/.test(before) && text[ms0] !== "《" && DEPLOYMENT_AFTER.test(after)) {
        const at = ms0 - (before.match(/关于\s*$/)?.[0].length ?? 0);
        const own: ResolvedMention[] = [];
        for (const a of [...agencies].reverse()) {
          const gap = text.slice(normEnd(a), own.length ? normStart(own[own.length - 1]!) : at);
          if (normEnd(a) > at || !/^[、和及与]?$/.test(gap)) break;
          own.push(a);
        }
        for (const a of own) add("ISSUED", a.entityId, me.entityId, [sid], null);
        if (own.length) continue;
      }
      // its day written right before it (今年9月24日《…》出台后, 2021年9月3日发布的《…》): the day it was issued
      const glued = inRange(Math.max(s, ms0 - 24), ms0).find(
        (d) =>
          d.precision === "day" &&
          d.value &&
          // (a month and day at least: a bare 24日 before a title is as often the day it drew attention)
          /月|-/.test(text.slice(d.start, d.end)) &&
          /^(?:(?:发布|印发|出台|下发|公布)的?|的)?\s*$/.test(text.slice(d.end, ms0)) &&
          !/[”"」]$/.test(text.slice(d.end, ms0)),
      );
      dateMeasure(me.entityId, glued?.value);
      // its day told after it: 《…》（以下简称《决定》）于2021年12月27日审议通过 / 《…》已于3月5日印发
      const when = after.match(/^(?:[(（][^()（）]{0,24}[)）])?[,，]?\s*(?:已经?|已)?(?:于|在)\s*/);
      if (when) {
        const d0 = normEnd(me) + when[0].length;
        const d = inRange(d0, ranges[i]![1]).find((x) => x.start === d0 && x.precision === "day" && x.value);
        if (
          d &&
          /^\s*(?:[(（][^()（）]{1,16}[)）])?\s*(?:由[^,，。;；]{0,30}?)?(?:正式|联合)?(?:审议通过|印发|发布|公布|签发|通过|出台|下发)/.test(
            text.slice(d.end, d.end + 40),
          )
        )
          dateMeasure(me.entityId, d.value);
      }
      // passive: 《…》由国务院办公厅印发 / 《…》经X审议通过
      const pm = after.match(
        /^[,，]?(?:已|日前|近日)?(?:(?:于|在)[\d年月日号]{3,12})?(?:由|经)([^,，。;；]{2,60}?)(?:联合|共同)?(?:发布|印发|下发|出台|公布|颁布|审议通过|制定)/,
      );
      if (pm) {
        const a0 = normEnd(me);
        const a1 = a0 + pm[0].length;
        for (const a of agencies.filter((x) => normStart(x) >= a0 && normEnd(x) <= a1))
          add("ISSUED", a.entityId, me.entityId, [sid], date);
        if (agencies.some((x) => normStart(x) >= a0 && normEnd(x) <= a1)) dateMeasure(me.entityId, date);
      }
      continue;
    }
    const verbAt = s + (v.index ?? 0);
    const clauseStart = clauseStartBefore(text, verbAt, s);
    let byAgency = agencies.filter((a) => normStart(a) >= clauseStart && normEnd(a) <= verbAt);
    byAgency = withoutVenues(c, byAgency);
    // the issuers in the clause before, when this one has none (河北省网信办联合省教育厅和公安厅等部门，发布…):
    // that clause holds only the bodies, the words joining them and a date
    if (!byAgency.length && clauseStart > s) {
      // the break ending the clause before is at clauseStart - 1
      const prevStart = clauseStartBefore(text, clauseStart - 1, s);
      const prev = agencies.filter((a) => normStart(a) >= prevStart && normEnd(a) < clauseStart);
      const rest = without(prevStart, clauseStart - 1, prev);
      if (
        prev.length &&
        (/^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今天|昨天)?(?:[、和及与]|以及|联合|会同|共同|等[\d一二两三四五六七八九十]*个?(?:部门|单位|机构)|等)*$/.test(
          rest.replace(/\s/g, ""),
        ) ||
          // X并依据《A》，订有《B》: the body that made it on that basis
          /^(?:并|亦|也|还)?(?:依据|根据|依照)[^,，。;；]{2,40}$/.test(rest.replace(/\s/g, "")) ||
          // 据X消息，近日印发了《…》: the body the news is from
          /^据(?:官网|官方网站|网站|官方微信公众号|微信公众号|官方微博)?(?:\d{1,2}日)?(?:消息|通报|发布)$/.test(
            rest.replace(/\s/g, ""),
          ) ||
          // a subject clause ending in 等N个部门 (a body not recognised among them does not undo the rest)
          (/(联合|会同)/.test(rest) &&
            /等[\d一二两三四五六七八九十]*个?(?:部门|单位|机构)$/.test(rest) &&
            !/(表示|称|要求|指出|认为|介绍)/.test(rest)))
      )
        byAgency = prev;
    }
    // (a campaign is a body's: no firm launches one here)
    if (launched && !byAgency.length) continue;
    // no agency: a company issuing its own announcement (Huobi Global发布《…公告》); one named after one of them is that
    // one's alone (火币、OKEx和币安先后发布公告: 币安公告 is 币安's)
    const firms = companies.filter((c) => normStart(c) >= clauseStart && normEnd(c) <= verbAt);
    const namedFor = announcementOwners(c, me.entityId, firms);
    const issuers = byAgency.length
      ? byAgency
      : namedFor.length
        ? namedFor
        : firms.length
          ? firms
          : countedGroup(c, clauseStart, verbAt, s);
    // the date written in the clause (e.g. 2021年9月24日，…发布) or the sentence's date
    // a date of the sentence's own that is neither in this clause nor its lead (“綜合陸媒今天報導，…發布”) dates
    // something else: the measure's date stays empty rather than wrong
    const ownDates = inRange(s, ranges[i]![1]).filter((d) => d.precision === "day" && d.value);
    // (the last such day before the verb: 5日，记者证实，9月4日，央行下发《…》 was issued on the 4th)
    const leadDate = ownDates
      .filter(
        (d) =>
          d.start < verbAt &&
          // (a heading glued before it by a space, 行业地震 2017年9月4日，X发布…, is a boundary too, and so is a bar after
          // a column's name: 快讯 | 6月12日消息：, and a dateline's byline: 3月1日讯（记者 X）昨天，; a conjunction may open
          // the clause: 但昨日，X下发…)
          (/(^|[,，;；:：|｜丨]|[\u4e00-\u9fff”」]\s|^[^,，。]{0,12}(?:消息|讯|电|报道|获悉)(?:\s*[(（](?:记者|通讯员)[^()（）]{1,24}[)）])?)\s*(?:但是?|然而|不过|可是|而)?\s*(此前的?|此后的?|早在|就在|而在|随后的?|同年|当年|今年|去年|在|于)?\s*$/.test(
            text.slice(s, d.start),
          ) ||
            // (a relative day opening the sentence, the date in brackets after it: 昨日（9月4日），X发布…)
            /^\s*(?:[昨今前]天|[昨今前]日|上?周[一二三四五六日天]|上?星期[一二三四五六日天])\s?[（(]\s*$/.test(
              text.slice(s, d.start),
            )) &&
          LEAD_DAY_CLOSE.test(text.slice(d.end, d.end + 16)),
      )
      .at(-1);
    // the issuing told as done before the reported day (12月5日，X发布消息称，…日前联合印发了《…》): the day is the
    // report's, not the measure's
    const vague = TOLD_BEFORE.test(text.slice(clauseStart, ms0));
    // (a measure the clause rests on, 根据X发布的《…》精神, was issued before the day the sentence tells of)
    const cited = CITED_OPENING.test(text.slice(clauseStart, verbAt));
    // (在这一天/当天/同日 in the clause: the day the sentence named just before it, 节点是2021年9月3日，在这一天，X发布…)
    const thatDay =
      /(这一天|这天|当天|当日|同一天|同日)/.test(text.slice(clauseStart, verbAt)) ||
      /(这一天|这天|当天|当日|同一天|同日)[,，]\s*$/.test(text.slice(s, clauseStart))
        ? inRange(s, clauseStart)
            .filter((d) => d.precision === "day" && d.value)
            .at(-1)?.value
        : undefined;
    // (次日/第二天 in the clause or right before it: the day after the one the sentence named before it)
    const eveDay =
      /(次日|翌日|第二天)/.test(text.slice(clauseStart, verbAt)) ||
      /(次日|翌日|第二天)[,，]\s*$/.test(text.slice(s, clauseStart))
        ? inRange(s, clauseStart)
            .filter((d) => d.precision === "day" && d.value)
            .at(-1)?.value
        : undefined;
    const nextDay = eveDay ? addDays(eveDay, 1) : undefined;
    const dateInClause =
      inRange(clauseStart, verbAt)
        .filter((d) => d.precision === "day" && d.value)
        .at(-1)?.value ??
      nextDay ??
      thatDay ??
      (vague || cited ? null : ownDates.length ? (leadDate?.value ?? null) : date);
    // A和B分别发布了《X》和《Y》: each issued one, in order, when the titles listed are as many as the issuers
    const respective =
      issuers.length >= 2 &&
      /分别/.test(text.slice(clauseStart, verbAt)) &&
      listedCount(c, sorted, me) === issuers.length;
    const own = respective ? issuers.slice(0, 1) : issuers;
    for (const a of own) add("ISSUED", a.entityId, me.entityId, [sid], dateInClause);
    if (issuers.length)
      issuedLast = respective
        ? { end: normEnd(me), issuers: issuers.slice(1, 2), day: dateInClause, rest: issuers.slice(2) }
        : { end: normEnd(me), issuers, day: dateInClause };
    if (issuers.length) dateMeasure(me.entityId, dateInClause);
    // a division as the subject right before the verb (内蒙古自治区出台…八项措施): the measure applies there
    if (!issuers.length)
      for (const p of sorted)
        if (
          (p.label === "Province" || p.label === "Place") &&
          normStart(p) >= clauseStart &&
          /^\s*(?:近日|日前|正式|再次)?\s*$/.test(text.slice(normEnd(p), verbAt))
        )
          add("APPLIES_TO", me.entityId, p.entityId, [sid], null);
    // no issuer written, but the day right before the verb (2021年9月3日发布的《…》), or the clause's day when a
    // group of bodies no node names issued it (本月四日中国七个部委联合发布《…》): the day it was issued
    const clauseDays = issuers.length
      ? []
      : inRange(clauseStart, verbAt).filter((d) => d.precision === "day" && d.value);
    const dayBefore =
      clauseDays.find((d) => /^\s*$/.test(text.slice(d.end, verbAt))) ??
      clauseDays.find(
        (d) => GROUP_OF_BODIES.test(text.slice(d.end, verbAt)) && !TOLD_BEFORE.test(text.slice(d.end, verbAt)),
      );
    // (the sentence's lead day, then one clause naming a body no node names: 6月9日，X某厅下发《…》)
    const between = leadDate ? text.slice(leadDate.end, verbAt) : "";
    const leadUnnamed =
      !issuers.length && !vague && !cited && /^\s*[,，]\s*[^,，。;；:：]{2,24}$/.test(between) && !UNSURE.test(between)
        ? leadDate
        : undefined;
    const unnamedDay = dayBefore ?? leadUnnamed;
    dateMeasure(me.entityId, unnamedDay?.value);
    // (the titles listed after it were issued with it that day: 9月3日，多部门联合印发了《A》和《B》)
    if (!issuers.length && unnamedDay?.value) issuedLast = { end: normEnd(me), issuers: [], day: unnamedDay.value };
    // APPLIES_TO: local issuers' divisions
    for (const a of issuers)
      for (const l of governedPlaces(a.entityId)) add("APPLIES_TO", me.entityId, idOf(l.to), [sid], dateInClause);
    // TARGETS: a company named after an action verb following the measure
    const afterM = text.slice(normEnd(me), ranges[i]![1]);
    // (not the company whose own announcement it is)
    // (a notice of a body: a company closing accounts in its own announcement names no target)
    if (byAgency.length && ACTION_VERB.test(afterM))
      for (const c of companies)
        if (normStart(c) > normEnd(me) && !rels.has(edgeId("ISSUED", c.entityId, me.entityId)))
          add("TARGETS", me.entityId, c.entityId, [sid], date);
  }
  // the measure named after the issuing: X近日印发通知，《…》要求… / X发布了一份文件，即《…》 / X印发通知。《…》明确…
  for (const g of text.slice(s, ranges[i]![1]).matchAll(ISSUE_NOUN_CLOSED)) {
    const gEnd = s + g.index! + g[0].length;
    const vAt = gEnd - g[0].length + g[0].search(/(发布|印发|下发|出台|公布|颁布|发出|下达|制定|作出|做出)/);
    const cs = clauseStartBefore(text, vAt, s);
    const issuers = agencies.filter((a) => normStart(a) >= cs && normEnd(a) <= vAt);
    if (!issuers.length) continue;
    // the measure opening the next clause of this sentence, else the next sentence (same paragraph)
    const inNext = sorted.find(
      (m) =>
        m.label === "Measure" &&
        normStart(m) > gEnd &&
        /^[,，:：]?\s*(?:即|名为|题为|全称为?|为)?[《“"]?$/.test(text.slice(gEnd, normStart(m))),
    );
    let target = inNext;
    let ev = [sid];
    if (!target && i + 1 < ranges.length && /^[。;；]?$/.test(text.slice(gEnd, ranges[i]![1]).trim())) {
      const [s1] = ranges[i + 1]!;
      if (!text.slice(ranges[i]![1], s1).includes("\n\n"))
        target = (bySentence.get(i + 1) ?? []).find(
          (m) =>
            m.label === "Measure" &&
            /^\s*(?:该|这份|此)?(?:通知|文件|公告|意见|方案|通告|办法)?(?:即|名为|题为|全称为?)?[《“"]?$/.test(
              text.slice(s1, normStart(m)),
            ),
        );
      if (target) ev = [sid, sentences[i + 1]!.id];
    }
    // the document's own measure, when the sentence tells its issuing near its head and the word is its kind
    // (关于防范…的风险提示 / 近期，A、B等五部委发布风险提示：…)
    const kind = g[0].match(/(通知|公告|意见|方案|通告|办法|风险提示)$/)?.[1];
    if (
      !target &&
      kind &&
      c.heading &&
      i > c.headingAt &&
      i <= c.headingAt + 6 &&
      String(entityById.get(c.heading.entityId)?.name ?? "").endsWith(kind) &&
      // (a heading another body is already told to have issued is not the one this body's word names)
      ![...rels.values()].some(
        (r) => r.type === "ISSUED" && r.target === c.heading!.entityId && !issuers.some((a) => a.entityId === r.source),
      )
    )
      target = c.heading;
    // A、B、C等部门下发通知 … 《A关于…的通知》 later: the one measure of that kind the document names with A as
    // its issuer in its title (the same notice, so the others issued it too)
    if (!target && kind && issuers.length > 1) {
      const own = new Set(issuers.map((a) => a.entityId));
      const titled = [
        ...new Set(
          c.input.links
            .filter((l) => l.type === "ISSUED" && own.has(idOf(l.from)) && String(l.to.name).endsWith(kind))
            .map((l) => idOf(l.to)),
        ),
      ];
      if (titled.length === 1) target = c.measuresByIndex.find((x) => x.m.entityId === titled[0])?.m;
    }
    // the title is of the kind the word named (通知 → …通知); a law or a catalogue is never what 文件 announced
    const noun = g[0].match(/(通知|文件|公告|意见|方案|通告|办法|风险提示)$/)![1]!;
    const title = target ? String(entityById.get(target.entityId)?.name ?? "") : "";
    if (!target || (noun === "文件" ? /(^中华人民共和国|法$|目录)/.test(title) : !title.includes(noun))) continue;
    const own =
      inRange(cs, vAt)
        .filter((d) => d.precision === "day" && d.value)
        .at(-1)?.value ?? null;
    for (const a of issuers) add("ISSUED", a.entityId, target.entityId, ev, own ?? date);
    dateMeasure(target.entityId, own);
  }
  // meetings: their ISSUED link got the sentence date; record as measure date
  // (a titled document whose issuers open its title takes it too, unless the sentence tells the issuing as done
  // before its day, 日前印发, or its day is a dateline's, 北京1月11日讯)
  for (const l of linksBySentence.get(sid) ?? []) {
    // (a cited title's issuers: its sentence's day is not its own)
    if (measureDate.has(idOf(l.to)) || l.properties.undated) continue;
    const at = sorted.find((m) => m.entityId === idOf(l.to));
    // a firm's announcement with its day written between the firm and the word (X、Y16日公告, X于9月16日发布公告):
    // that day, whatever the sentence's (a dateline's, 台北17日电)
    const firm =
      l.from && sorted.filter((m) => m.entityId === idOf(l.from!) && at && normEnd(m) <= normStart(at)).at(-1);
    // and so is a body's meeting or untitled announcement with its day between the body and it, in one clause (央行网站
    // 29日发布，央行28日召开…会议: the 28th; X营管部在2月9日发布的公告)
    const between = firm && at ? text.slice(normEnd(firm), normStart(at)) : "";
    const own =
      l.type === "ISSUED" &&
      firm &&
      at &&
      (l.from?.label === "Company" ||
        ((isMeeting(idOf(l.to)) || /公告$/.test(idOf(l.to))) && !/[,，。;；]/.test(between)))
        ? inRange(normEnd(firm), normStart(at)).find((d) => d.precision === "day" && d.value)
        : undefined;
    if (own?.value) {
      measureDate.set(idOf(l.to), own.value);
      // (the edge takes that day too, as the earlier one)
      if (l.from) add("ISSUED", idOf(l.from), idOf(l.to), [sid], own.value);
      continue;
    }
    // a meeting with a day of its own leading its clause (…表示，11月10日，X组织召开…会议): that day, not the
    // sentence's (a dateline's 今日)
    const leadDay = at && isMeeting(idOf(l.to)) ? leadingDay(text, inRange, s, normStart(at)) : undefined;
    if (leadDay) {
      measureDate.set(idOf(l.to), leadDay.value!);
      // (and the convening itself: the earlier day replaces the sentence's on the edge)
      if (l.type === "ISSUED" && l.from) add("ISSUED", idOf(l.from), idOf(l.to), [sid], leadDay.value);
      continue;
    }
    if (!date) continue;
    const lead = text.slice(s, at ? normStart(at) : ranges[i]![1]);
    // (nor is a day it took effect, 在9月24日生效的《…》, its issuing day; nor the day a copy of it surfaced, 6月18日，一份
    // 《…》在网上流出)
    if (
      isMeeting(idOf(l.to)) ||
      (!TOLD_BEFORE.test(lead) &&
        !DATELINE_ONLY(lead) &&
        !TOOK_EFFECT.test(lead) &&
        !SURFACED.test(text.slice(s, ranges[i]![1])))
    )
      measureDate.set(idOf(l.to), date);
  }
}

/**
 * A lead holding a dateline's day (北京12月13日电) that does not say the issuing fell on it: a report's day is not its
 * subject's, unless the lead says 今日/今天 after it (…12月13日电 …今日发布《X》: that day), or 昨天/前天 (a day
 * counted from the dateline's: 3月1日讯 昨天，…发布《X》 is 2月28日).
 */
const DATELINE_ONLY = (lead: string): boolean =>
  /\d{1,2}日\s*(讯|电)/.test(lead) && !/\d{1,2}日\s*(?:讯|电)[^。；;]*?(?:今日|今天|昨天|昨日|前天)/.test(lead);

/** A clause opening with a citing word within its first few characters (根据X发布的《…》精神). */
const CITED_OPENING = new RegExp(`^[^,，。]{0,6}?${CITING}`);

/** A day a document took effect on, told before it (9月24日生效的《…》, 自1月1日起施行的). */
const TOOK_EFFECT = /\d{1,2}日(?:起)?(?:正式)?(?:生效|施行|实施)/;
/** A document told as having surfaced, not as issued (在网上流出, 被曝光, 网传): the sentence's day is that of the leak. */
const SURFACED = /(?:网上|网络上|朋友圈|社交媒体上?)(?:流出|流传|曝光|疯传)|被曝光|遭曝光|网传|曝出/;

/** An issuing verb whose object is a kind of document, no title (五部门发布风险提示，…). */
const KIND_ISSUED =
  /(?:联合)?(?:发布|印发|下发|发出|出台)了?(?:一份|一则|一项|一个)?(风险提示|通知|公告|意见|通告|倡议书|倡议|提示)(?=[,，。;；])/g;

/**
 * The bodies that issued a kind of document, and the titled document of that kind the next sentence opens with
 * (X、Y等五部门发布风险提示…。《关于…的风险提示》表示…): they issued it. Only the next sentence, only when it opens with
 * the title and names no other body (《X》由Y印发 tells its own issuer).
 */
export function issuedNamedNextInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, add, normStart, normEnd, bySentence, sentences } = c;
  const { i, s, sid, date, agencies } = x;
  const next = ranges[i + 1];
  if (!next || !agencies.length) return;
  for (const m of x.text.matchAll(KIND_ISSUED)) {
    const vAt = s + m.index!;
    const clauseStart = clauseStartBefore(text, vAt, s);
    const issuers = agencies.filter((a) => normStart(a) >= clauseStart && normEnd(a) <= vAt);
    if (!issuers.length) continue;
    const following = [...(bySentence.get(i + 1) ?? [])].sort((a, b) => a.start - b.start);
    const titled = following.find((t) => t.label === "Measure");
    if (!titled || normStart(titled) - next[0] > 1 || !titled.normalized.endsWith(m[1]!)) continue;
    // (a next sentence that names a body of its own tells its own issuer: 《X》由Y印发)
    if (following.some((t) => t.label === "Agency" && !issuers.some((a) => a.entityId === t.entityId))) continue;
    for (const a of issuers) add("ISSUED", a.entityId, titled.entityId, [sid, sentences[i + 1]!.id], date);
  }
}
