/** SANCTIONED: a discipline body or a procuratorate/court acting against an official. */
import { type RelateContext, type SentenceContext } from "./context.js";

const SANCTION =
  /(双开|开除党籍|开除公职|党纪处分|政务处分|处分|立案审查|审查调查|纪律审查|监察调查|违纪违法|留置|移送检察|被查|落马|问责|诫勉|警告处分|记过|撤职|降级|通报批评)/;

/** Criminal steps a procuratorate or court takes against a person. */
const PROSECUTION = /(逮捕|批捕|提起公诉|公诉|判处|判决|一审宣判|立案侦查|刑事拘留)/;

/** A title right after a body: the body is where someone holds the post (纪检组组长, 纪委副书记). */
const POST_AFTER = /^(?:原|前)?(?:常务)?副?(?:组长|书记|主任|常委|委员|成员|监察专员|室主任)/;

/** A discipline body's name. */
const DISCIPLINE = /纪委|监委|纪律检查|监察/;
/** The adverbs that may open the sanction's clause, and the sanction received (受到…处分), as the patterns share them. */
const SANCTION_ADVERB = "(?:先后|分别|已|均|也)?";
const SANCTION_RECEIVED = "受到[^，,。；;]{0,14}?(?:处分|诫勉|问责|警告|处理)";
/**
 * A sanction told in the passive right after the name (X被双开, X被开除党籍, X被立案审查), or as one the official
 * received (X受到开除党籍处分, X受到诫勉谈话, X受到党内严重警告处分).
 */
const PASSIVE_SANCTION = new RegExp(`^被(?:双开|开除|立案|留置|给予|处分)|^${SANCTION_ADVERB}${SANCTION_RECEIVED}`);
/** The same after what the official did, in a later clause (X对…排查不力，受到诫勉谈话; X严重违纪违法，被开除党籍). */
const LATER_SANCTION = new RegExp(`[，,]${SANCTION_ADVERB}(?:${SANCTION_RECEIVED}|被(?:双开|开除|立案|留置|给予))`);

/** SANCTIONED in one sentence. */
export function sanctionedInSentence(c: RelateContext, x: SentenceContext): void {
  const { add, text, normEnd, bySentence } = c;
  const { i, sid, date, sorted, agencies } = x;
  const st = x.text;
  // SANCTIONED
  // (a discipline team an official headed, 纪检组组长X被开除党籍, is the post, not who acts)
  const acting = (ms: typeof agencies) =>
    ms.filter(
      (m) =>
        m.label === "Agency" &&
        DISCIPLINE.test(m.normalized) &&
        !POST_AFTER.test(text.slice(normEnd(m), normEnd(m) + 6)),
    );
  // (an official sanctioned in the passive with no body in the sentence, a headline under 中央纪委国家监委处理了两个
  // "老虎": the discipline body of the sentences just before)
  const here = acting(agencies);
  if (SANCTION.test(st))
    for (const a of here)
      for (const o of sorted.filter((m) => m.label === "Official"))
        add("SANCTIONED", a.entityId, o.entityId, [sid], date);
  const passive = here.length
    ? []
    : sorted.filter((m, k) => {
        if (m.label !== "Official") return false;
        if (PASSIVE_SANCTION.test(text.slice(normEnd(m), normEnd(m) + 24))) return true;
        // (the sentence's subject, what it did between: X对…排查不力，受到诫勉谈话; no other official after it)
        const next = sorted.slice(k + 1).find((o) => o.label === "Official");
        const rest = text.slice(normEnd(m), next ? c.normStart(next) : x.s + x.text.length);
        return LATER_SANCTION.test(rest);
      });
  // (or, a discipline body's report of several cases, the one discipline body the document names, else the one that
  // reports them, named first; a body named in another case's paragraph, 由县监委给予其…, gave that case's sanction)
  const inParagraph = (k: number): boolean => k >= 0 && !text.slice(c.ranges[k]![0], c.ranges[i]![0]).includes("\n");
  const before = passive.length
    ? ([i - 1, i - 2, i - 3]
        .filter(inParagraph)
        .map((k) => acting(bySentence.get(k) ?? []).at(-1))
        .find((m) => m) ??
      onlyDisciplineBody(c, acting) ??
      reportingBody(c, acting, i))
    : undefined;
  for (const o of before ? passive : []) add("SANCTIONED", before!.entityId, o.entityId, [sid], date);
  // a procuratorate's or court's criminal step against an official (最高检…对肖毅作出逮捕决定, 法院判处)
  // (not one of its own, its post written between: 朝阳区人民法院民四庭庭长X表示)
  if (PROSECUTION.test(st))
    for (const a of agencies.filter((x) => /检察院|法院|最高检|最高法/.test(x.normalized)))
      for (const o of sorted.filter((m) => m.label === "Official")) {
        const post = text.slice(normEnd(a), c.normStart(o));
        if (
          c.normStart(o) >= normEnd(a) &&
          post.length <= 12 &&
          !/[，,。；;、和与及对向将被以]/.test(post) &&
          !PROSECUTION.test(post)
        )
          continue;
        add("SANCTIONED", a.entityId, o.entityId, [sid], date);
      }
}

/**
 * The discipline body a report of several cases names first, before sentence `i`: the one of the first sentence that
 * names any, when that sentence names one (乌兰县纪委和都兰县纪委分别通报 names two: none).
 */
function reportingBody(
  c: RelateContext,
  acting: (ms: SentenceContext["agencies"]) => SentenceContext["agencies"],
  i: number,
): SentenceContext["agencies"][number] | undefined {
  for (let k = 0; k < i; k++) {
    const bodies = acting(c.bySentence.get(k) ?? []);
    if (bodies.length) return new Set(bodies.map((m) => seatOf(m.normalized))).size === 1 ? bodies[0] : undefined;
  }
  return undefined;
}

/** A discipline body's division: its name without 中共 and the commission's words (嘉禾县纪委县监委 → 嘉禾县). */
const seatOf = (name: string): string => name.replace(/^中共/, "").replace(/(纪律检查委员会|监察委员会|纪委监委)$/, "");

/**
 * The one discipline body (acting as one) a document names, if it names one: a division's discipline commission and
 * its supervisory commission, written together (嘉禾县纪委县监委, one organ), are one, and the party's commission
 * gives the party's sanctions.
 */
function onlyDisciplineBody(
  c: RelateContext,
  acting: (ms: SentenceContext["agencies"]) => SentenceContext["agencies"],
): SentenceContext["agencies"][number] | undefined {
  const bodies = acting(c.mentions.filter((m) => m.label === "Agency"));
  if (new Set(bodies.map((m) => seatOf(m.normalized))).size !== 1) return undefined;
  return bodies.find((m) => /纪律检查委员会|纪委/.test(m.normalized)) ?? bodies[0];
}
