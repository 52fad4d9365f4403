/**
 * The clause reader: one sentence read as clauses, each predicate verb (verbs.ts) with its subject and objects
 * among the entities the recognisers found. Pure: returns readings, adds nothing.
 *
 * - Clauses end at 。；;！？!? and at commas and colons (a title's or a name's own punctuation is not a break).
 * - A predicate is a verb of the table outside every entity span.
 * - Its subject (`inherited` when taken from another verb's reading, not from a clause of bodies alone): the agencies (else, for issuing, the companies) between the clause's previous verb (or the
 *   clause's start) and it; with 由 before them, the ones after 由; with 被, the agents after 被 and the patients
 *   before it (A被B查处); the objects a 对 names before the verb (对A进行约谈) are objects, and 对其 names the firm
 *   named last before it in the sentence. A verb with no subject of
 *   its own takes the subject of the verb before it in the clause, or of the previous clause of the sentence when
 *   the words before it are few (…，并约谈了A). A joint verb adds its objects to the subject of the next verb
 *   (A会同B印发《…》).
 * - Its objects: the entities of the verb's kind opening what follows it (another entity ends them), up to the next verb or the clause's end (a joint verb:
 *   the bodies listed right after it).
 * - A predicate negated, forbidden, hypothetical or asked for (不得, 严禁, 未, 如果, 一旦, 拟, 将…) is marked
 *   `unreal`: an act the text does not tell as done.
 */
import type { ResolvedMention } from "../types.js";
import { listAfter, type RelateContext, type SentenceContext, withoutVenues } from "./context.js";
import { VERB_CLASS, verbsIn, type VerbClass } from "./verbs.js";

/** What may open the bodies a joint or convening verb names (召集包含A、B在内的…). */
const INCLUDING = /^了?(?:包含|包括|涵盖)了?/;
/** A verb of telling or organising others before the bodies it tells, in the same clause (并通知A、B…; 组织A、B…). */
const DIRECTED = /(?:通知|要求|组织|指导|督促|动员|部署)[^，,。；;：:]{0,20}$/;

/** What may stand between a verb of carrying out and the act it carries out (进行了一次专项检查, 开展联合执法). */
const DO_GAP = /^[了\s]*(?:一次|全面|专项|集中|现场|突击|执法|安全|联合)*$/;

/** One predicate of a clause, read. */
export interface Reading {
  cls: VerbClass;
  verb: string;
  at: number;
  /** The clause it is in (index within the sentence). */
  clause: number;
  subject: ResolvedMention[];
  /** The subject was taken from an earlier verb or clause. */
  inherited: boolean;
  objects: ResolvedMention[];
  /** A passive 被: the subject's entities are the patients, `agents` (maybe none named) act on them. */
  passive: boolean;
  agents: ResolvedMention[];
  unreal: boolean;
}

/** Firms counted after a verb, their names left to the next clause (关停了3家虚拟货币交易网站). */
const COUNTED_FIRMS =
  /^了?\s*(?:\d+|[一二三四五六七八九十两几多数]+)\s*(?:家|个|座|处)[^，,。；;]{0,14}(?:网站|平台|交易所|公司|企业|矿场|机构)$/;
/** The word opening a clause that names what was counted (包括A和B, 其中包括, 分别为). */
const NAMED_AFTER = /^\s*(?:其中)?(?:包括|包含|分别为|分别是|即)[:：]?/;

/** A topic phrase before a verb: 就 + its subject + 问题/事宜/事项 (就虚拟币交易服务问题). */
const TOPIC = /就[^，,。；;：:]{1,20}?(?:问题|事宜|事项|情况)/g;

/** Clause breaks. */
const BREAK = /[,，;；:：。！？!?]/g;

/**
 * Negation, prohibition, condition, intention or request before a verb: not told as done. (The characters inside
 * other words are none of these: 拟 of 虚拟币, 应 of 响应 and 供应.)
 */
const UNREAL =
  /(不得|严禁|禁止|不准|不许|不能|不会|不予|不再|未|没有|拒绝|如果|假如|倘若|若|一旦|如发现|如有|是否|(?<!虚)拟|将|计划|应当|(?<![供响相适反对效呼感])应(?!用)|须|需要|呼吁|建议|可能)/;

/** 对 introducing the object before the verb (not 针对, 对于, 对此, 面对, 相对, 绝对; nor 对照, 对接, 对标, verbs of their own). */
const DUI = /(?<![针面相绝应])对(?![于此外话照接标])|[把将]/g;

/** The readings of one sentence's predicates, in text order. */
export function readClauses(c: RelateContext, x: SentenceContext): Reading[] {
  const { text, ranges, normStart, normEnd } = c;
  const { i, s, sorted } = x;
  // a relation needs two entities
  if (sorted.length < 2) return [];
  const end = ranges[i]![1];
  // which characters of the sentence are an entity's
  const covered = new Uint8Array(end - s);
  for (const m of sorted) covered.fill(1, Math.max(0, normStart(m) - s), Math.max(0, normEnd(m) - s));
  const inSpan = (p: number): boolean => covered[p - s] === 1;
  // a topic phrase (就虚拟币交易服务问题约谈…): the words of its subject are no predicates
  const topics = [...x.text.matchAll(TOPIC)].map((t) => [s + t.index!, s + t.index! + t[0].length] as const);
  const sentenceVerbs = verbsIn(x.text)
    .map((v) => ({ form: v.form, at: s + v.at, end: s + v.at + v.form.length }))
    // (a verb after 的 is a noun: 对X的调查)
    .filter((v) => !inSpan(v.at) && !inSpan(v.end - 1) && text[v.at - 1] !== "的")
    .filter((v) => !topics.some(([a, b]) => v.at > a && v.end <= b));
  if (!sentenceVerbs.length) return [];
  // clause bounds
  const bounds: Array<[number, number]> = [];
  let from = s;
  for (const b of x.text.matchAll(BREAK)) {
    const p = s + b.index!;
    if (inSpan(p)) continue;
    if (p > from) bounds.push([from, p]);
    from = p + 1;
  }
  if (end > from) bounds.push([from, end]);
  const out: Reading[] = [];
  let carried: ResolvedMention[] = [];
  let carriedFromVerb = false;
  // firms listed at the head of a clause with no verb (A、B和C等机构，就…问题，被X约谈): the patients of a passive after it
  let headFirms: ResolvedMention[] = [];
  for (const [k, [cs, ce]] of bounds.entries()) {
    const verbs = sentenceVerbs.filter((v) => v.at >= cs && v.end <= ce);
    const within = sorted.filter((m) => normStart(m) >= cs && normEnd(m) <= ce);
    if (!verbs.length) {
      const head = headList(c, x, cs, within, "Agency");
      if (head) [carried, carriedFromVerb] = [head, false];
      if (head?.length === 0) headFirms = headList(c, x, cs, within, "Company")!;
      continue;
    }
    let prev: ResolvedMention[] = carried;
    // the carried subject was read from a verb (not a clause of bodies alone written before this one)
    let prevFromVerb = carriedFromVerb;
    let prevFromClause = true;
    let lastObjects: ResolvedMention[] = [];
    let joined: ResolvedMention[] = [];
    let lastDo: { objects: ResolvedMention[]; end: number } | null = null;
    // where the clause's 由 is (outside an entity), the measures before it being what its issuing verb issued
    const youRel = text.slice(cs, ce).search(/由/);
    const youAt = youRel >= 0 && !inSpan(cs + youRel) ? cs + youRel : -1;
    for (const [n, v] of verbs.entries()) {
      const p0 = n === 0 ? cs : verbs[n - 1]!.end;
      let cls = VERB_CLASS.get(v.form)!;
      // (the bodies a joint word just named are its objects, not a new subject: A会同B召开…)
      const partners = new Set(n > 0 ? lastObjects : []);
      const pre = within.filter((m) => normStart(m) >= p0 && normEnd(m) <= v.at && !partners.has(m));
      const preText = text.slice(p0, v.at);
      let subject: ResolvedMention[];
      let agents: ResolvedMention[] = [];
      let objects: ResolvedMention[] = [];
      let inherited = false;
      let toldBodies: ResolvedMention[] = [];
      const bei = preText.lastIndexOf("被");
      const you = preText.lastIndexOf("由");
      // 对A…, and 把A / 将A right before the entity (将X公司列入黑名单): the object before the verb
      const dui = (/[对把将]/.test(preText) ? [...preText.matchAll(DUI)] : [])
        .map((d) => d.index)
        .filter((q) => text[p0 + q] === "对" || inSpan(p0 + q + 1))
        .at(-1);
      const agencyOrFirm = (ms: ResolvedMention[]): ResolvedMention[] => {
        const a = withoutVenues(
          c,
          ms.filter((m) => m.label === "Agency"),
        );
        return a.length ? a : cls === "issue" ? ms.filter((m) => m.label === "Company") : [];
      };
      if (bei >= 0 && !inSpan(p0 + bei)) {
        // (a 被 phrase opening a list's item, A创始人X、被B调查、…的Y, tells of the item after it: no patient here)
        const itemOpening = /、\s*$/.test(preText.slice(0, bei));
        subject = itemOpening ? [] : pre.filter((m) => normEnd(m) <= p0 + bei);
        if (!subject.length && !itemOpening) subject = prev.length ? prev : headFirms;
        agents = pre.filter((m) => m.label === "Agency" && normStart(m) > p0 + bei);
      } else {
        let subjFrom = p0;
        let subjTo = v.at;
        if (dui !== undefined && !inSpan(p0 + dui)) {
          objects = pre.filter((m) => normStart(m) > p0 + dui);
          subjTo = p0 + dui;
          // 对其: the firm named last before it in the sentence (经查，X公司违规挖矿，Y依法对其进行了处罚)
          if (!objects.length && text[p0 + dui] === "对" && text[p0 + dui + 1] === "其") {
            const firm = sorted.filter((m) => m.label === "Company" && normEnd(m) <= p0 + dui).at(-1);
            if (firm) objects = [firm];
          }
        }
        if (you >= 0 && !inSpan(p0 + you) && (dui === undefined || you < dui)) subjFrom = p0 + you;
        // (a body inside a phrase of time before the verb, 在央行公告前宣布…, is no subject of it)
        const inTime = (m: ResolvedMention): boolean =>
          /在$/.test(text.slice(Math.max(0, normStart(m) - 1), normStart(m))) &&
          /^[^，,。；;]{0,8}?(?:之?前|之?后|以前|以后)/.test(text.slice(normEnd(m), v.at));
        subject = agencyOrFirm(pre.filter((m) => normStart(m) >= subjFrom && normEnd(m) <= subjTo && !inTime(m)));
        // (通知A、B等单位共同开展…: the bodies told to act together are the partners of the one telling them, the
        // subject the clause goes on from)
        const told =
          cls === "joint" && subject.length
            ? text.slice(Math.max(cs, normStart(subject[0]!) - 24), normStart(subject[0]!)).match(DIRECTED)
            : null;
        if (told && prev.length && prev[0]!.label === "Agency" && !subject.some((m) => prev.includes(m))) {
          toldBodies = subject;
          subject = [prev[0]!];
          inherited = true;
        }
        if (!subject.length) {
          // no subject of its own: the verb before in the clause, or the previous clause when the words are few
          const named = [...partners].reduce((k, m) => k + normEnd(m) - normStart(m), 0);
          // (a date is one word, however it is written: 于2017年1月11日起进驻)
          const words = text
            .slice(p0, subjTo)
            .replace(/\s/g, "")
            .replace(/(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|\d{4}年/g, "日");
          const few = words.length - named <= (n === 0 ? 10 : 6);
          if (few && !pre.some((m) => normEnd(m) <= subjTo && m.label !== "Measure")) {
            subject = n === 0 ? prev : [...prev, ...joined];
            inherited = subject.length > 0 && (n > 0 || prevFromVerb);
          }
        }
      }
      const nextAt = verbs[n + 1]?.at ?? ce;
      const after = within.filter((m) => normStart(m) >= v.end && normEnd(m) <= nextAt);
      // (the objects 对 named before a joint word glued to the act it qualifies: 对A进行联合查处)
      const marked = objects;
      // (包含A、B在内的N个部门 after the verb: A and B are the ones named)
      if (cls === "joint" || cls === "convene" || cls === "lead" || cls === "follow")
        objects = [
          ...toldBodies,
          ...listAfter(
            sorted,
            text,
            v.end + (INCLUDING.exec(text.slice(v.end, v.end + 4))?.[0].length ?? 0),
            "Agency",
            normStart,
            normEnd,
          ),
        ];
      else if (cls === "issue") {
        objects = [...objects, ...leading(after, "Measure")];
        // 《X》由A(牵头)制定: the measure the clause opens with, before its 由
        if (!objects.length && youAt >= 0 && youAt < v.at)
          objects = within.filter((m) => m.label === "Measure" && normEnd(m) <= youAt);
      }
      // (a place before the firm it locates is its modifier: 约谈了北京的交易平台X)
      else if (cls === "act")
        objects = [
          ...objects,
          ...leading(
            after.filter((m) => !PLACE.has(m.label)),
            "Company",
          ),
        ];
      // 关停了3家网站，包括A和B: firms counted after the verb and named in the next clause are its objects
      if (cls === "act" && !objects.length && COUNTED_FIRMS.test(text.slice(v.end, ce)) && bounds[k + 1]) {
        const [ns] = bounds[k + 1]!;
        const named = NAMED_AFTER.exec(text.slice(ns, ns + 6));
        if (named) objects = listAfter(sorted, text, ns + named[0].length, "Company", normStart, normEnd);
      }
      // (发现 or 发觉 acts on a firm found suspect only: 发现X平台涉嫌传销, 发现一个名为“X”的平台疑似搞传销, not 发现X公司的矿机)
      if (v.form === "发现" || v.form === "发觉")
        objects = objects.filter((m) =>
          /^[”"」]?(?:的)?(?:(?:服务|投资|理财|交易|网络)?(?:平台|公司|网站))?(?:涉嫌|疑似|存在违法|违规|非法)/.test(
            text.slice(normEnd(m), normEnd(m) + 8),
          ),
        );
      // 指控，A蓄意…: a charge's words follow it, the firm they open with is the one charged
      if (
        cls === "act" &&
        !objects.length &&
        v.form === "指控" &&
        /^\s*(?:称)?[,，:：]/.test(text.slice(v.end, v.end + 3))
      )
        objects = leading(
          sorted.filter((m) => normStart(m) > v.end && normStart(m) <= v.end + 4),
          "Company",
        );
      // 对A开展检查, 对A进行约谈: the objects 对 named before a verb of carrying out are the next verb's
      const carriesOn: boolean = lastDo !== null && DO_GAP.test(text.slice(lastDo.end, v.at));
      if (cls === "act" && carriesOn) objects = [...lastDo!.objects, ...objects];
      // (将 right before an entity marks the object, not the future: 将X公司列入黑名单)
      const objectMarker = (p: number): boolean => text[p] === "将" && inSpan(p + 1);
      // 向A下发整改通知书: handing a firm an enforcement notice (no title of its own) acts on it
      if (cls === "issue" && !objects.length) {
        const xiang = preText.lastIndexOf("向");
        const firms = xiang >= 0 ? pre.filter((m) => m.label === "Company" && normStart(m) > p0 + xiang) : [];
        if (firms.length && ENFORCEMENT_PAPER.test(text.slice(v.end, v.end + 12))) {
          cls = "act";
          objects = firms;
        }
      }
      const lead = text.slice(cs, v.at);
      out.push({
        cls,
        verb: v.form,
        at: v.at,
        clause: k,
        subject,
        inherited,
        objects,
        passive: bei >= 0 && !inSpan(p0 + bei),
        agents,
        unreal: UNREAL.test(lead) && UNREAL.test(stripSpans(lead, cs, (p) => inSpan(p) || objectMarker(p))),
      });
      // (对A进行联合查处: a joint word naming no partner between them is the act's adverb; the objects carry on)
      lastDo =
        cls === "do" && objects.length
          ? { objects, end: v.end }
          : cls === "joint" && !objects.length && (carriesOn || (marked.length && verbs[n + 1]?.at === v.end))
            ? { objects: carriesOn ? lastDo!.objects : marked, end: v.end }
            : null;
      // (a verb ending a clause of time, 在央行公告前…暂停业务的A, tells when: its subject acts in no later verb)
      const whenClause = /^(?:之?前|之?后|以前|以后|时|期间)/.test(text.slice(v.end, v.end + 3));
      if (whenClause) [prev, prevFromVerb] = [[], false];
      else if (!(bei >= 0)) {
        if (subject.length) [prev, prevFromVerb] = [subject, true];
        lastObjects = cls === "joint" || cls === "convene" || cls === "lead" ? objects : [];
        // (the bodies called to a meeting do not act with its caller after it: A邀集B开会讨论，研订《X》 is A's)
        const called = v.form === "召集" || v.form === "邀集";
        joined = (cls === "joint" || cls === "convene" || cls === "lead") && !called ? [...joined, ...objects] : joined;
        prevFromClause = false;
      }
    }
    if (!prevFromClause) [carried, carriedFromVerb] = [[...prev, ...joined], true];
    // (a body acting in between is the one a later passive's patients are told of, not the firms before it)
    if (prev.length) headFirms = [];
  }
  return out;
}

/**
 * The entities of one kind a clause without a verb of the table opens with (A召开会议，… / A、B等部门，… / A、B等机构，…):
 * the ones listed at its head, [] when another kind of entity opens it, undefined when it names none there (the
 * subject before goes on).
 */
function headList(
  c: RelateContext,
  x: SentenceContext,
  cs: number,
  within: ResolvedMention[],
  kind: "Agency" | "Company",
): ResolvedMention[] | undefined {
  const { text, normStart, normEnd } = c;
  const first = within[0];
  if (!first || !HEAD.test(text.slice(cs, normStart(first)).replace(/\s/g, ""))) return undefined;
  if (first.label !== kind) return [];
  return [first, ...listAfter(x.sorted, text, normEnd(first), kind, normStart, normEnd)];
}

/**
 * What may open a clause before its subject: a day (and 消息 after it: 6月21日消息), what it was learnt from
 * (据报道, 据悉), a time word, a connective; each at most once, in this order (6 月 21 日消息 近日人民银行…).
 */
const HEAD =
  /^(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚间)?(?:消息)?)(?:据(?:报道|悉|了解|介绍))?(?:近日|日前|近期|今天|昨天|此外|同时|随后|另外|其中|目前)?$/;

/** An enforcement paper handed to a firm (整改通知书, 责令停产通知, 行政处罚决定书, 警示函): no measure of its own. */
const ENFORCEMENT_PAPER =
  /^了?(?:一份|一封)?(?:[\u4e00-\u9fff]{0,6}(?:通知书|告知书|决定书|警示函|提示函|督办函|整改通知|停电通知|关停通知))/;

/** Labels of places. */
const PLACE = new Set(["Province", "Place", "Country"]);

/** The entities of one label opening `after` (a body named between the verb and a title is that title's own). */
function leading(after: ResolvedMention[], label: string): ResolvedMention[] {
  const k = after.findIndex((m) => m.label !== label);
  return k < 0 ? after : after.slice(0, k);
}

/** `t` (starting at `t0`) without the text of the entity spans in it. */
function stripSpans(t: string, t0: number, inSpan: (p: number) => boolean): string {
  let out = "";
  for (let p = 0; p < t.length; p++) if (!inSpan(t0 + p)) out += t[p];
  return out;
}
