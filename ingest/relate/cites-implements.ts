/** IMPLEMENTS / CITES: a measure carrying out (贯彻落实《X》) or resting on (根据《X》) another. */
import type { ResolvedMention } from "../types.js";
import { type RelateContext, type SentenceContext } from "./context.js";

/** A measure carried out (IMPLEMENTS) or rested on (CITES), written right before it. */
const CARRIES_OUT = /(贯彻落实|贯彻|落实|执行|实施)(?:好)?$/;

/** (参照《X》, 遵守《X》: a form or rule it follows, as 依据 does) */
const RESTS_ON = /(依据|根据|按照|依照|遵照|参照|遵守)$/;

/** IMPLEMENTS / CITES in one sentence, said of its own measure or the document's. */
export function citesInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, add, normStart, normEnd, measuresByIndex, heading, headingAt } = c;
  const { i, s, sid, sorted } = x;
  // IMPLEMENTS / CITES: 为贯彻落实《X》 / 根据《X》, said of the measure named before it in the sentence
  const sMeasures = sorted.filter((m) => m.label === "Measure");
  const referred: Array<"IMPLEMENTS" | "CITES" | null> = [];
  for (const [k, x] of sMeasures.entries()) {
    const lead = text.slice(Math.max(s, normStart(x) - 8), normStart(x)).replace(/[“"「《]$/, "");
    // a list after the word (依据《A》、《B》和《C》) is referred to as a whole
    const prev = k > 0 ? sMeasures[k - 1]! : null;
    // (the next item's issuers and the previous one's number may stand between: 《A》(银发〔2013〕289号)和X等七部委《B》)
    const listed =
      prev &&
      referred[k - 1] &&
      /^[》」”"]?[、,，和及与以及\s]*[《「“"]?$/.test(listGap(c, sorted, normEnd(prev), normStart(x)));
    // the word further back in the clause (按照国务院…第51次会议…的部署要求; 按照X等部门印发的《…》要求): carrying
    // out when the word is 贯彻/落实, or 按照/遵照 with a 要求/部署/精神 after the measure; else resting on it (根据X印发的
    // 《…》精神 rests on it)
    const from = Math.max(s, prev ? normEnd(prev) : s, normStart(x) - 40);
    const clause = text
      .slice(from, normStart(x))
      .split(/[,，;；:：。]/)
      .at(-1)!;
    const far = clause.match(/(贯彻落实|贯彻|落实|按照|根据|依据|依照|遵照)/);
    // (its number may follow in brackets of its own: 《关于…的通知》《发改运行〔2021〕1283号》要求)
    const follows = /^[》」”"]?(?:[《(（][^《》()（）]{2,24}号[》)）])?[^,，。;；《]{0,30}?(部署|要求|精神)/.test(
      text.slice(normEnd(x), normEnd(x) + 60),
    );
    // 按照《…通知》(号)规定 carries a notice out (按照《X通知》规定，将对我区…); a law's 规定 is rested on (按照《…法》规定)
    const notice = /(通知|意见|方案|措施|通告)$/.test(x.entityId);
    const noticeRule =
      notice && /^[》」”"]?(?:[《(（][^《》()（）]{2,24}号[》)）])?规定/.test(text.slice(normEnd(x), normEnd(x) + 30));
    // a law or catalogue a measure says is broken or listed in (违反《X法》, 列入《X目录》): rested on
    const breaks = /(违反|违背|列入|纳入|列为|增补至|增补到|增补进|增列入|补充进)$/.test(lead) && !notice;
    // the plan's formula: 根据《X》要求，结合我省实际，制定本方案 carries X out where it is (根据《X》 alone rests on it)
    const localised =
      follows &&
      /^[^。]{0,80}?结合(?:我|本|全|当地|各地|)[省区市县州旗盟地]?[^。，,]{0,6}实际/.test(
        text.slice(normEnd(x), ranges[i]![1]),
      );
    referred.push(
      listed
        ? referred[k - 1]!
        : CARRIES_OUT.test(lead.replace(/(深入|认真|全面|坚决|有效)/g, "")) ||
            (localised && !!(far || RESTS_ON.test(lead)))
          ? "IMPLEMENTS"
          : RESTS_ON.test(lead)
            ? // 按照《X》要求 carries X out, as 按照X印发的《…》要求 does; 根据《X》 rests on it (as the rules have it)
              (follows || noticeRule) && /(按照|遵照)$/.test(lead)
              ? "IMPLEMENTS"
              : "CITES"
            : far && (/贯彻|落实/.test(far[1]!) || (follows && !/根据|依据|依照/.test(far[1]!)))
              ? "IMPLEMENTS"
              : (far && !/要求|部署|精神/.test(clause)) || breaks
                ? "CITES"
                : null,
    );
  }
  // a report's frame: 根据《A》，…根据《B》的规定，现要求… opens with the document the report has named before (A),
  // and tells what A says: A is the sentence's own measure, resting on B, not a basis of its own
  const first = sMeasures[0];
  if (
    first &&
    referred[0] &&
    referred.slice(1).some((r) => r) &&
    /^\s*(?:而|但|另外|此外)?[,，]?\s*(?:根据|据|按照)[《“"]?$/.test(text.slice(s, normStart(first))) &&
    /^[》”"]?\s*[,，]/.test(text.slice(normEnd(first), normEnd(first) + 3)) &&
    measuresByIndex.some((y) => y.i < i && y.m.entityId === first.entityId)
  )
    referred[0] = null;
  // a sentence about the document's own measure by name (本次意见稿, 本通知, 该方案): the first measure of the
  // document whose title carries that word
  // (a draft or a notice named bare as the subject of what it says: 征求意见稿提到，按照…; 提示中还提到，…)
  const selfRef = text
    .slice(s, ranges[i]![1])
    .match(
      /^[^,，。]{0,4}?(?:(?:本次|本|该|此次)(意见稿|通知|方案|措施|办法|公告|通告|意见)|(征求意见稿)(?=提到|指出|明确|要求|称|显示|提出)|(提示|通知|通告|方案|意见)中?还?(?=提到|指出|明确|称|显示|提出|要求|强调|规定))|(?:特|现)?制定本(实施方案|工作方案|方案|办法|细则|意见)(?=[，,。；;]|$)/,
    );
  const selfWord = selfRef?.[1] ?? selfRef?.[2] ?? selfRef?.[3] ?? selfRef?.[4];
  // (制定本方案 in a notice transmitting its plan, 现将《X方案》印发给你们: the plan it transmits)
  const selfMeasure = selfWord
    ? (heading ??
      measuresByIndex.filter((x) => x.i < i && x.m.normalized.includes(selfWord)).at(0)?.m ??
      (c.transmitted?.normalized.includes(selfWord.slice(-2)) ? c.transmitted : undefined))
    : undefined;
  for (const [k, x] of sMeasures.entries()) {
    const type = referred[k];
    if (!type) continue;
    // the sentence's own measure: the last one before that is not itself referred to; else one the sentence issues
    // after the purpose or basis clause (为贯彻落实《A》，X制定了《B》); else the document's own
    // (its title standing as a heading line above the sentence)
    const own =
      sMeasures
        .slice(0, k)
        .filter((_, j) => !referred[j])
        .at(-1) ??
      issuedAfter(c, s, sMeasures, referred, k) ??
      selfMeasure ??
      (headingAt >= 0 && i > headingAt ? heading : undefined) ??
      afterAddressees(c, i) ??
      titleLineAbove(c, i) ??
      reportedJustBefore(c, i, normEnd(x)) ??
      firmStatementBefore(c, i);
    // (a warning carries nothing out: 风险提示…将按照《X》要求处置 rests on X)
    if (own)
      add(type === "IMPLEMENTS" && WARNING.test(own.entityId) ? "CITES" : type, own.entityId, x.entityId, [sid], null);
  }
}

/** A measure that warns or declares, carrying no other out (风险提示, 声明). */
const WARNING = /(提示|声明)$/;

/** The text between two measures of a list without the bodies issuing the next, its number and 等N部委 (see above). */
function listGap(c: RelateContext, sorted: ResolvedMention[], from: number, to: number): string {
  const { text, normStart, normEnd } = c;
  let gap = "";
  let at = from;
  for (const m of sorted) {
    if (m.label !== "Agency" || normStart(m) < from || normEnd(m) > to) continue;
    gap += text.slice(at, normStart(m));
    at = normEnd(m);
  }
  gap += text.slice(at, to);
  // (a title's number is a mention of its own: the brackets around it stand in the gaps before and after it; one the
  // recognisers left, spaced as a PDF's text spaces it, 令第 49 号, 〔2018〕943 号, stands whole in the gap)
  return gap
    .replace(/^([》」”"]?)\s*[(（][^()（）《》\n]{2,40}?\d\s*号\s*[)）]/, "$1")
    .replace(/^([》」”"]?)\s*[(（]$/, "$1")
    .replace(/^[)）]/, "")
    .replace(/等[一二三四五六七八九十\d多]*个?(?:部委|部门|单位)(?=[《「“"]?$)/, "");
}

/**
 * A company's announcement rests on the notices it carries out (CITES): IMPLEMENTS is a government measure's (a local
 * plan carrying out a national notice). Run once every rule has added its ISSUED.
 */
export function companyMeasuresCite(c: RelateContext): void {
  const { rels, add, entityById } = c;
  const issuers = new Map<string, string[]>();
  for (const r of rels.values())
    if (r.type === "ISSUED") issuers.set(r.target, [...(issuers.get(r.target) ?? []), r.source]);
  for (const [key, r] of [...rels]) {
    if (r.type !== "IMPLEMENTS") continue;
    const by = issuers.get(r.source) ?? [];
    if (!by.length || !by.every((id) => entityById.get(id)?.label === "Company")) continue;
    rels.delete(key);
    add("CITES", r.source, r.target, r.evidence, r.date);
  }
}

/** An issuing verb right before a measure (X制定了《B》, 印发了一份《B》). */
const ISSUED_HERE =
  /(?:印发|制定|制订|订定|订有|出台|发布|下发|颁布|修订|起草)了?(?:一份|一个|一项)?(?:名为|题为)?[《“"]?$/;

/** A notice handing a document out (现将《B》印发给你们, 特将《B》下发): 将 before the measure, the issuing verb after. */
const HANDED_OUT_BEFORE = /将[《“"]?$/;
const HANDED_OUT_AFTER = /^[》”"]?(?:印发|下发|发)给/;

/**
 * The measure a sentence issues after the clause naming the one it carries out or rests on: the first later measure,
 * not itself referred to, in a later clause or right after it (X依据《A》制定了《B》), written right after an issuing verb.
 */
function issuedAfter(
  c: RelateContext,
  s: number,
  sMeasures: ResolvedMention[],
  referred: Array<"IMPLEMENTS" | "CITES" | null>,
  k: number,
): ResolvedMention | undefined {
  const { text, normStart, normEnd } = c;
  const ref = sMeasures[k]!;
  return sMeasures.find(
    (m, j) =>
      j > k &&
      !referred[j] &&
      // (in a later clause, or right after the basis: X依据《A》制定了《B》)
      (/[,，]/.test(text.slice(normEnd(ref), normStart(m))) || normStart(m) - normEnd(ref) <= 12) &&
      !/[。;；]/.test(text.slice(normEnd(ref), normStart(m))) &&
      // (not a time the measure marks, 纳入《目录》后，相关部门出台《B》)
      !/^[》」”"]?[^,，。]{0,12}?(?:以后|之后|后)[,，]/.test(text.slice(normEnd(ref), normStart(m))) &&
      (ISSUED_HERE.test(text.slice(Math.max(s, normStart(m) - 12), normStart(m))) ||
        (HANDED_OUT_BEFORE.test(text.slice(Math.max(s, normStart(m) - 4), normStart(m))) &&
          HANDED_OUT_AFTER.test(text.slice(normEnd(m), normEnd(m) + 6)))),
  );
}

/** What a document's body says once its basis is told (…精神，为…，决定将…; 现就有关事项通知如下). */
const BODY_GOES_ON = /(决定|现就|现将|特制定|制定本|如下)/;

/**
 * The measure a report has just said was issued (近日，X印发《A》。根据《B》精神，…，决定…), when the sentence goes on as
 * that measure's body: the one measure of the sentence before, written right after an issuing verb.
 */
function reportedJustBefore(c: RelateContext, i: number, after: number): ResolvedMention | undefined {
  const { text, ranges, bySentence, normStart } = c;
  if (i === 0 || !BODY_GOES_ON.test(text.slice(after, ranges[i]![1]))) return undefined;
  const ms = (bySentence.get(i - 1) ?? []).filter((m) => m.label === "Measure");
  const m = ms.length === 1 ? ms[0]! : undefined;
  return m && ISSUED_HERE.test(text.slice(Math.max(ranges[i - 1]![0], normStart(m) - 12), normStart(m)))
    ? m
    : undefined;
}

/**
 * A firm's statement whose words a sentence goes on with (X发表声明，禁止…。为贯彻…，严格落实《A》…，X将继续…): the
 * announcement a firm issued, named in one of the three sentences before, when this sentence names that firm again or
 * speaks as it (我司, 本公司).
 */
function firmStatementBefore(c: RelateContext, i: number): ResolvedMention | undefined {
  const { rels, measuresByIndex, bySentence, text, ranges } = c;
  const here = new Set((bySentence.get(i) ?? []).map((m) => m.entityId));
  const own = /我司|本公司|我公司/.test(text.slice(ranges[i]![0], ranges[i]![1]));
  for (const y of measuresByIndex.filter((y) => y.i < i && y.i >= i - 3).reverse())
    for (const r of rels.values())
      if (
        r.type === "ISSUED" &&
        r.target === y.m.entityId &&
        r.source.startsWith("company:") &&
        (own || here.has(r.source))
      )
        return y.m;
  return undefined;
}

/**
 * The measure whose body a sentence's paragraph opens: right after a line of addressees ending in a colon (各市发展改革委，
 * X公司： under a notice's title, or quoted in a report: 《通知》称，…：), the last measure named in the three lines before it.
 */
function afterAddressees(c: RelateContext, i: number): ResolvedMention | undefined {
  const { text, ranges, measuresByIndex } = c;
  // (the colon may end the line before the sentence's paragraph: 公告表示： / 虚拟货币…。为落实《A》…)
  let p = i;
  while (p > 0 && !text.slice(ranges[p - 1]![1], ranges[p]![0]).includes("\n")) p--;
  if (p === 0 || !/[:：]\s*$/.test(text.slice(ranges[p - 1]![0], ranges[p - 1]![1]))) return undefined;
  return measuresByIndex.filter((x) => x.i < p && x.i >= p - 3).at(-1)?.m;
}

/**
 * The measure whose text a sentence belongs to: the nearest line above (within six) that holds only a title (附件：
 * 《X》, or 《X》 alone), the text of that document following it.
 */
function titleLineAbove(c: RelateContext, i: number): ResolvedMention | undefined {
  const { text, ranges, bySentence, normStart, normEnd } = c;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const [s0, e0] = ranges[k]!;
    const ms = (bySentence.get(k) ?? []).filter((m) => m.label === "Measure");
    if (ms.length !== 1) continue;
    const m = ms[0]!;
    const rest = text.slice(s0, normStart(m)) + text.slice(normEnd(m), e0);
    if (/^\s*(附件\s*\d*\s*[:：]\s*)?[《》「」“”\s]*$/.test(rest)) return m;
  }
  return undefined;
}
