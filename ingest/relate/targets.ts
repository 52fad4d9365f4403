/** TARGETS (and APPLIES_TO told with it): the companies and divisions a measure directs. */
import type { ResolvedMention } from "../types.js";
import { listAfter, type RelateContext, type SentenceContext } from "./context.js";

/** A measure directing or naming a company: 《…》要求国网…公司… */
const TARGET_VERB = /(要求|责令|约谈|点名|处罚|关停|叫停|取缔|督促|通报)$/;

/** A company's clause carrying a measure out: a word of duty, then a verb of collecting, applying or cutting power. */
const CARRIES_OUT =
  /^[^，,]{0,16}(?:将|应|要|须|需|负责|根据名单)[^。]{0,16}?(?:收取|执行|落实|告知|停止供电|中止供电|断电|停电)/;

/** A sentence that refers back to the last measure: 通知要求，雅安市、甘孜州…等地… */
const ANAPHOR =
  /^(该|上述|这份|此次)?(通知|公告|意见|措施|办法|规定|文件|方案)(还|并|同时)?(要求|明确|规定|提出)[,，:：]?/;

/** 《…》要求A、B; 向A、B发出《…》; 通知要求，X、Y等地 (the last measure before). */
export function targetsInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, add, normStart, normEnd, measuresByIndex } = c;
  const { i, s, sid, date, sorted, companies } = x;
  const st0 = x.text;
  // TARGETS: the measure, then 要求/责令…, then the companies listed
  for (const me of sorted.filter((m) => m.label === "Measure")) {
    const after = text.slice(normEnd(me), ranges[i]![1]);
    // APPLIES_TO: 《…》要求，内蒙古、新疆等地… (the divisions listed right after what it requires)
    const req = after.match(/^[)）]?(?:还|并|同时)?(?:要求|明确)[,，:：]?/);
    if (req)
      for (const d of listAfter(sorted, text, normEnd(me) + req[0].length, "Division", normStart, normEnd))
        add("APPLIES_TO", me.entityId, d.entityId, [sid], date);
    for (const c of companies) {
      if (normStart(c) <= normEnd(me)) continue;
      const gap = text.slice(normEnd(me), normStart(c)).replace(/[,，]/g, "");
      if (gap.length <= 8 && TARGET_VERB.test(gap) && after.length) {
        add("TARGETS", me.entityId, c.entityId, [sid], date);
        // and the companies listed with it (要求X、Y和Z等平台…)
        for (const x of listAfter(sorted, text, normEnd(c), "Company", normStart, normEnd))
          add("TARGETS", me.entityId, x.entityId, [sid], date);
      }
    }
  }
  // TARGETS: 向A、B等平台发出《…》 (the addressees before the sending)
  for (const to of st0.matchAll(/向/g)) {
    const listed = listAfter(sorted, text, s + to.index! + 1, "Company", normStart, normEnd);
    if (!listed.length) continue;
    const tail = text.slice(normEnd(listed.at(-1)!), ranges[i]![1]);
    const sent = tail.match(
      /^(?:等\d*[家个]?[\u4e00-\u9fff]{0,6})?(?:分别)?(?:发出|下发|印发|发送|送达|下达)了?(?:一份|一则)?(?:名为|题为)?/,
    );
    if (!sent) continue;
    const at = normEnd(listed.at(-1)!) + sent[0].length;
    const me = sorted.find(
      (m) => m.label === "Measure" && normStart(m) >= at && /^[《“"]?$/.test(text.slice(at, normStart(m))),
    );
    if (me) for (const c of listed) add("TARGETS", me.entityId, c.entityId, [sid], date);
  }
  // APPLIES_TO by reference: 通知要求，雅安市、甘孜州…等地 → the last measure mentioned before
  const an = st0.match(ANAPHOR);
  if (an) {
    const prior = measuresByIndex.filter((x) => x.i < i && x.i >= i - 3).at(-1)?.m;
    if (prior)
      for (const d of listAfter(sorted, text, s + an[0].length, "Division", normStart, normEnd))
        add("APPLIES_TO", prior.entityId, d.entityId, [sid], date);
    // 通知要求X、Y、Z等平台…: the companies it directs
    if (prior && /(要求|明确)[,，:：]?$/.test(an[0]))
      for (const c of listAfter(sorted, text, s + an[0].length, "Company", normStart, normEnd))
        add("TARGETS", prior.entityId, c.entityId, [sid], date);
  }
}

/** Sentence `i` of the text, trimmed, without the mentions of `labels` in it. */
function lineWithout(c: RelateContext, i: number, labels: string[]): string {
  const [s, e] = c.ranges[i]!;
  const raw = c.text.slice(s, e);
  const from = s + raw.length - raw.trimStart().length;
  const to = Math.max(from, e - (raw.length - raw.trimEnd().length));
  return c.without(
    from,
    to,
    (c.bySentence.get(i) ?? []).filter((m) => labels.includes(m.label)),
  );
}

/**
 * Is sentence `i` a notice's addressee line (各市发展改革委，X公司、Y公司：, or a report quoting one after 《通知》称，)?
 * It ends in a colon, holds no 。, and besides the names holds only the generic addressees (各市(州)发展改革委, 各地方电网
 * 企业) and separators: no word of saying, telling or issuing.
 */
export function addresseeLine(c: RelateContext, i: number): boolean {
  const line = c.text.slice(c.ranges[i]![0], c.ranges[i]![1]).trim();
  if (!/[:：]$/.test(line) || /[。]/.test(line) || line.length > 300) return false;
  const rest = lineWithout(c, i, ["Company", "Agency", "Province", "Place"]).slice(quotedHead(c, i)?.len ?? 0);
  return !/(要求|表示|称|指出|说|如下|见下|以下|通知|发布|印发|公告|规定)/.test(rest);
}

/** The addressees under a notice's title, and the companies a sentence about it lists. */
export function targetsInDocument(c: RelateContext): void {
  const { text, ranges, sentences, input, add, bySentence, normEnd, measuresByIndex } = c;
  // TARGETS: the addressees of a notice (the line under its title ending in a colon: 各市发展改革委，X公司、Y公司：) and
  // the companies a sentence about it lists as its objects (文件列出的名单包括X、Y和Z; 名单见下：then one per line)
  const lineOf = (i: number): string => text.slice(ranges[i]![0], ranges[i]![1]).trim();
  const companiesIn = (i: number): ResolvedMention[] =>
    (bySentence.get(i) ?? []).filter((m) => m.label === "Company").sort((a, b) => a.start - b.start);
  const DOC_NO = /[(（]?[\u4e00-\u9fff]{1,12}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号[)）]?/g;
  for (let i = 0; i < ranges.length; i++) {
    const line = lineOf(i);
    if (!companiesIn(i).length || !addresseeLine(c, i)) continue;
    // a report quoting the notice's head (《通知》称，各市发展改革委，X公司：): the quoted measure's addressees
    const quoted = quotedHead(c, i);
    // the title line right above (its issuers, its document number aside)
    let title: string | undefined = quoted?.measure;
    // (a page that opens with the addressees stands them for its title's notice, extract/measures.ts numberedPage:
    // the notice is read on the first addressee, and heads the document, relate/context.ts)
    if (!title && c.heading && c.headingAt === i && line.startsWith("各")) title = c.heading.entityId;
    for (let k = i - 1; k >= Math.max(0, i - 2) && !title; k--) {
      const ms = (bySentence.get(k) ?? []).filter((m) => m.label === "Measure");
      if (
        ms.length === 1 &&
        lineWithout(c, k, ["Measure", "Agency"])
          .replace(DOC_NO, "")
          .replace(/[\s《》()（）]/g, "") === ""
      )
        title = ms[0]!.entityId;
      // a title written without 《》 that the text names elsewhere in 《》: the same measure
      if (!title && !ms.length) {
        const bare = lineWithout(c, k, ["Agency"]).replace(DOC_NO, "").trim();
        const e = input.entities.find((x) => x.label === "Measure" && (x.name === bare || x.aliases.includes(bare)));
        if (e) title = e.id;
      }
    }
    if (title) for (const c of companiesIn(i)) add("TARGETS", title, c.entityId, [sentences[i]!.id], null);
  }
  // a grid company told to carry a power-price or clean-up notice out (国网X省电力公司将根据名单收取加价电费; …应提前
  // 告知用户): the notice last named, in this sentence or the six before, not one the document rests on or carries
  // out (为贯彻落实《国家…的通知》… 二、国网X公司要严格执行: the document's own notice tells it)
  const referred = new Set(
    [...c.rels.values()].filter((r) => r.type === "CITES" || r.type === "IMPLEMENTS").map((r) => r.target),
  );
  for (let i = 0; i < ranges.length; i++)
    for (const co of companiesIn(i)) {
      const firm = c.entityById.get(co.entityId);
      if (firm?.properties.sector !== "utility" && !/(电力|电网|供电)/.test(firm?.name ?? "")) continue;
      const clause = text.slice(normEnd(co), ranges[i]![1]).split(/[；;。]/)[0]!;
      if (!CARRIES_OUT.test(clause)) continue;
      const measure = measuresByIndex
        .filter((x) => x.i <= i && x.i >= i - 6 && x.m.start < co.start && !referred.has(x.m.entityId))
        .at(-1)?.m;
      if (measure) add("TARGETS", measure.entityId, co.entityId, [sentences[i]!.id], null);
    }
  const LISTS = /(名单|列出|列明|列举|点名)/;
  const DOC_WORD = /(文件|通知|公告|意见|通告|《)/;
  for (let i = 0; i < ranges.length; i++) {
    const line = lineOf(i);
    // (列入/纳入…名单 puts a company on a list; it is not the document's list)
    if (!LISTS.test(line) || !DOC_WORD.test(line) || /(列入|纳入|移出|黑名单|白名单)/.test(line)) continue;
    const own = (bySentence.get(i) ?? []).filter((m) => m.label === "Measure").sort((a, b) => a.start - b.start);
    const cs = companiesIn(i);
    const measure =
      own.find((m) => cs.some((c) => c.start > m.start)) ??
      (own.length ? undefined : measuresByIndex.filter((x) => x.i < i && x.i >= i - 6).at(-1)?.m);
    if (!measure) continue;
    for (const c of cs)
      if (c.start > (own.includes(measure) ? measure.start : -1))
        add("TARGETS", measure.entityId, c.entityId, [sentences[i]!.id], null);
    // the list itself on the lines after a lead ending in 如下：/见下： (this line or the next)
    let k = i;
    if (!/(如下|见下|以下|下列)[^,，。]{0,8}[:：]$/.test(line)) {
      if (i + 1 < ranges.length && /(如下|见下|以下|下列)[^,，。]{0,8}[:：]$/.test(lineOf(i + 1))) k = i + 1;
      else continue;
    }
    for (let j = k + 1; j < ranges.length; j++) {
      const item = lineOf(j);
      const cj = companiesIn(j);
      if (!cj.length || item.length > 40 || /[。]/.test(item)) break;
      for (const c of cj) add("TARGETS", measure.entityId, c.entityId, [sentences[j]!.id], null);
    }
  }
}

/**
 * A line opening with a measure quoted by its kind (《通知》称，…; 该通知指出：…): the opening's length, and the last
 * measure of that kind named in the three lines before, or null.
 */
function quotedHead(c: RelateContext, i: number): { measure: string; len: number } | null {
  const { text, ranges, measuresByIndex } = c;
  const m = text
    .slice(ranges[i]![0], ranges[i]![0] + 16)
    .match(
      /^\s*(?:《(通知|公告|意见|办法|方案|通告)》|(?:该|这份|此)?(通知|公告|意见|办法|方案|通告))(?:称|写道|指出|明确)[,，:：]/,
    );
  if (!m) return null;
  const kind = m[1] ?? m[2]!;
  const prior = measuresByIndex.filter((x) => x.i < i && x.i >= i - 3 && x.m.normalized.endsWith(kind)).at(-1)?.m;
  return prior ? { measure: prior.entityId, len: m[0].length } : null;
}
