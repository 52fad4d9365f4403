/**
 * ACTED_ON on firms the sentence describes first and closes with a kind word (约谈涉…的“A”“B”等经营主体;
 * 关闭了…的A、B等12家网站平台; 对…的A等105家网站平台，X依法予以关闭): the description may be long, the
 * closing 等…平台/主体/网站/企业 is what tells that the names are the ones acted on.
 */
import type { ResolvedMention } from "../types.js";
import { listAfter, runEndingAt, type RelateContext, type SentenceContext } from "./context.js";

/** The action verbs taking such a list as object. */
const ON_LIST =
  /(约谈|查处|关停|关闭|清理|清退|取缔|处置|下架|封禁|查封|处罚|整治|叫停)(?:了|处置了?|整治了?|整顿了?)?/g;

/** The kind word closing the list: 等经营主体, 等105家网站平台, 等多家交易所. */
const FIRMS_TAIL =
  /^[”"」』)）]?等\s*(?:\d+|[一二三四五六七八九十百千多数]+)?\s*余?(?:家|个|款)?次?[\u4e00-\u9fff]{0,4}?(?:平台|经营主体|主体|网站|企业|公司|交易所|机构|账号|应用|App|APP)/;

/** The verb of an action after a 对-phrase: (依法)(予以|进行)关闭. */
const DONE_TO =
  /^(?:[^,，。;；:：]{0,10}?)(?:依法|分别|已|均)*(?:予以|进行了?|作出|实施)?(?:约谈|查处|处罚|关停|关闭|查封|取缔|下架|封禁|清理|处置|立案调查|立案侦查|行政处罚|责令整改)/;

/** A body directing the action: 按照X（的）（统一）部署, 在X（的）统一部署下, 根据X部署要求. */
const DEPLOYED = /(?:按照|根据|依照|在)([^,，。;；]{2,30}?)(?:的)?(?:统一)?(?:部署|指挥|督办)(?:要求)?下?[,，]/g;

/** Enforcement verbs of the directed action, the company named (or described briefly) after them. */
const ENFORCED = /(立案侦办|立案侦查|立案调查|侦办|破获|侦破|捣毁|查处|关停|取缔|查封)了?(?:一[家个起])?/g;

/** The companies of [from, to) listed together and closed by a kind word, or none. */
function listedFirms(c: RelateContext, x: SentenceContext, from: number, to: number): ResolvedMention[] {
  const { text, normStart, normEnd } = c;
  const first = x.companies.find((m) => normStart(m) >= from && normEnd(m) <= to);
  if (!first) return [];
  const run = [first, ...listAfter(x.sorted, text, normEnd(first), "Company", normStart, normEnd)].filter(
    (m) => normEnd(m) <= to,
  );
  return FIRMS_TAIL.test(text.slice(normEnd(run.at(-1)!), to)) ? run : [];
}

/** A sentence going on with what the previous one's subject did: 此外，（指导…）约谈…; 同时，关闭了…. */
const GOES_ON = /^(?:此外|另外|同时|随后|此后|其后|并|还|另|又)[,，]?[^,，;；:：]{0,14}$/;

/**
 * The body a sentence with no subject of its own goes on about: the body opening the previous sentence of the
 * same paragraph (X加强督导检查……。此外，指导地方部门约谈…), when this one opens with a connective and names no body
 * or firm before the verb at `vAt`.
 */
function elidedSubject(c: RelateContext, x: SentenceContext, vAt: number): ResolvedMention | undefined {
  const { text, ranges, normStart } = c;
  const { i, s } = x;
  if (i === 0 || !GOES_ON.test(text.slice(s, vAt)) || x.sorted.some((m) => normStart(m) < vAt)) return undefined;
  if (text.slice(ranges[i - 1]![1], s).includes("\n")) return undefined;
  return openingAgency(c, i - 1);
}

/** A list of the firms an act was done to: 被约谈(的)机构包括, 被查处企业有, 被关停的公司为. */
const DONE_TO_LIST =
  /被(?:约谈|查处|关停|关闭|处罚|查封|取缔|清退|点名|通报)的?(?:机构|企业|公司|平台|单位|对象|主体|银行)(?:包括|有|为|是|分别为|分别是)[:：]?/g;

/** The agency opening sentence `k` (within two characters of its start), if any. */
function openingAgency(c: RelateContext, k: number): ResolvedMention | undefined {
  if (k < 0) return undefined;
  const first = [...(c.bySentence.get(k) ?? [])].sort((a, b) => a.start - b.start)[0];
  return first && first.label === "Agency" && c.normStart(first) - c.ranges[k]![0] <= 2 ? first : undefined;
}

/** The end of the clause holding `pos` (the next comma, semicolon or full stop, else the sentence's end). */
const clauseEnd = (text: string, pos: number, end: number): number => {
  const k = text.slice(pos, end).search(/[,，。;；]/);
  return k < 0 ? end : pos + k;
};

/** The firms of [from, to) in runs closed by 等 (A、B等大型支付机构; A、B等。). */
function closedRuns(c: RelateContext, x: SentenceContext, from: number, to: number): ResolvedMention[] {
  const { text, normStart, normEnd } = c;
  const out: ResolvedMention[] = [];
  for (const f of x.companies) {
    if (normStart(f) < from || normEnd(f) > to || out.includes(f)) continue;
    const run = [f, ...listAfter(x.sorted, text, normEnd(f), "Company", normStart, normEnd)];
    const tail = text.slice(normEnd(run.at(-1)!), to);
    if (FIRMS_TAIL.test(tail) || /^[”"」』)）]?等(?:[。,，;；]|$)/.test(tail)) out.push(...run);
  }
  return out;
}

/** ACTED_ON on described and listed firms in one sentence. */
export function actedOnListedInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, add, normStart, normEnd } = c;
  const { i, s, sid, date, sorted, agencies } = x;
  const end = ranges[i]![1];
  const actOn = (agent: ResolvedMention, firms: ResolvedMention[]): void => {
    for (const a of runEndingAt(sorted, agent, text, normStart, normEnd))
      for (const f of firms) add("ACTED_ON", a.entityId, f.entityId, [sid], date);
  };
  // X约谈（了）…的“A”“B”等经营主体: the agency before the verb (not 被), the firms in the verb's clause
  for (const vm of x.text.matchAll(ON_LIST)) {
    const vAt = s + vm.index!;
    const vEnd = vAt + vm[0].length;
    const agent = agencies.filter((a) => normEnd(a) <= vAt).at(-1) ?? elidedSubject(c, x, vAt);
    if (!agent || (normEnd(agent) <= vAt && normStart(agent) >= s && /被/.test(text.slice(normEnd(agent), vAt))))
      continue;
    const firms = listedFirms(c, x, vEnd, clauseEnd(text, vEnd, end));
    if (firms.length) actOn(agent, firms);
  }
  // 被约谈机构包括A、B和C: the firms the verb was done to, by the body that opens this sentence or the one before
  for (const pm of x.text.matchAll(DONE_TO_LIST)) {
    const at = s + pm.index! + pm[0].length;
    const first = x.companies.find((m) => normStart(m) >= at && normStart(m) <= at + 2);
    // (the list described first: 被约谈的对象包括…商业银行，支付宝、财付通等大型支付机构，以及…的A、B等: each run of
    // firms closed by 等 is on it; a firm named inside a description, 卷入火币网充值码事件的, is not)
    const firms = first
      ? [first, ...listAfter(sorted, text, normEnd(first), "Company", normStart, normEnd)]
      : closedRuns(c, x, at, end);
    const before = agencies.filter((a) => normEnd(a) <= s + pm.index!);
    // (a body the act was done through, 央行通过X部署了此次约谈, is not who did it: the one before it)
    const through =
      before.length > 1 &&
      /通过$/.test(text.slice(Math.max(s, normStart(before.at(-1)!) - 2), normStart(before.at(-1)!)));
    const agent = before.at(through ? -2 : -1) ?? openingAgency(c, i - 1) ?? openingAgency(c, i - 2);
    if (agent && firms.length) actOn(agent, firms);
  }
  // 对…的A等N家平台，X（会同…）依法予以关闭 / X对…的A等N家平台依法予以关闭
  for (const dm of x.text.matchAll(/对/g)) {
    const dAt = s + dm.index!;
    const cEnd = clauseEnd(text, dAt + 1, end);
    const firms = listedFirms(c, x, dAt + 1, cEnd);
    if (!firms.length) continue;
    const tail = text.slice(normEnd(firms.at(-1)!), cEnd).replace(FIRMS_TAIL, "");
    const before = agencies.filter((a) => normEnd(a) <= dAt).at(-1);
    const lead = before ? text.slice(normEnd(before), dAt) : "";
    if (before && !/[,，。;；:：]|被/.test(lead) && lead.length <= 12 && DONE_TO.test(tail)) {
      actOn(before, firms);
      continue;
    }
    // the agency opens the next clause and the action verb follows it
    if (!/^[\u4e00-\u9fff]{0,4}$/.test(tail) || !/[,，]/.test(text[cEnd] ?? "")) continue;
    const next = agencies.find((a) => normStart(a) > cEnd && normStart(a) <= cEnd + 3);
    if (next && DONE_TO.test(text.slice(normEnd(next), clauseEnd(text, normEnd(next), end)))) actOn(next, firms);
  }
}

/**
 * ACTED_ON by the body an action was carried out for (按照公安部部署，公安机关立案侦办“X平台”网络传销案): the
 * directing body acts on the company the action names right after its verb, in the same sentence.
 */
export function actedOnDeployedInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, add, normStart, normEnd } = c;
  const { i, s, sid, date, agencies, companies } = x;
  const end = ranges[i]![1];
  for (const dm of x.text.matchAll(DEPLOYED)) {
    const dAt = s + dm.index!;
    const dEnd = dAt + dm[0].length;
    const by = agencies.filter((a) => normStart(a) > dAt && normEnd(a) <= dEnd).at(-1);
    if (!by) continue;
    // the directed action: the first enforcement verb of the next clause, and the company right after it
    const cEnd = clauseEnd(text, dEnd, end);
    for (const vm of text.slice(dEnd, cEnd).matchAll(ENFORCED)) {
      const vEnd = dEnd + vm.index! + vm[0].length;
      const firm = companies.find((f) => normStart(f) >= vEnd && normEnd(f) <= cEnd);
      if (!firm || !/^[“"「]?$|^[\u4e00-\u9fff]{0,12}[“"「]?$/.test(text.slice(vEnd, normStart(firm)))) continue;
      for (const f of [firm, ...listAfter(x.sorted, text, normEnd(firm), "Company", normStart, normEnd)])
        add("ACTED_ON", by.entityId, f.entityId, [sid], date);
      break;
    }
  }
}
