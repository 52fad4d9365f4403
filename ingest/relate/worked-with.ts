/**
 * WORKED_WITH told by 在X协调下，Y…, 在X配合下，Y…, a joint act named by a noun, and A与B协商 (the joint verbs themselves are
 * read by the clause reader, clauses.ts).
 */
import type { ResolvedMention } from "../types.js";
import { listAfter, type RelateContext, type SentenceContext } from "./context.js";

/**
 * 在X（的）协调/组织/指挥下，Y…: X and the body opening the next clause acted together, X leading; 在X（的）（大力）配合/协助下，Y…:
 * the same, Y leading.
 */
const UNDER =
  /在([^,，。;；]{2,40}?)(?:的)?(?:统一|大力|积极|全力)?(?:(协调|组织|指挥|指导)+|(配合|协助|支持|支援|帮助)+)下[,，]?/g;

/**
 * WORKED_WITH for 在X协调下，Y…: the coordinating body and the body the next clause opens with; for Y在X（等部门）支持下…,
 * the body right before 在 and each body named in X, Y leading.
 */
export function workedUnderInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { s, sid, date, agencies } = x;
  for (const um of x.text.matchAll(UNDER)) {
    const uAt = s + um.index!;
    const uEnd = uAt + um[0].length;
    const by = agencies.filter((a) => normStart(a) > uAt && normEnd(a) <= uEnd).at(-1);
    const next = agencies.find((a) => normStart(a) >= uEnd);
    // the partner opens the clause (…下，专案组会同X: X is not the one coordinated)
    if (by && next && /^(?:由|经)?$/.test(text.slice(uEnd, normStart(next)).trim())) {
      if (um[3]) add("WORKED_WITH", next.entityId, by.entityId, [sid], date);
      else add("WORKED_WITH", by.entityId, next.entityId, [sid], date);
      continue;
    }
    // the body acting is written right before 在 (X分局在市局刑侦支队、网安支队支持下): it worked with each one named
    const before = agencies.filter((a) => normEnd(a) <= uAt).at(-1);
    if (!before || text.slice(normEnd(before), uAt).trim() !== "") continue;
    for (const a of agencies.filter((a) => normStart(a) > uAt && normEnd(a) <= uEnd))
      if (um[3]) add("WORKED_WITH", before.entityId, a.entityId, [sid], date);
      else add("WORKED_WITH", a.entityId, before.entityId, [sid], date);
  }
}

/**
 * A joint act named by a noun (联合执法, 联合检查组, 联合声明, 联席会议, 协作机制, 工作专班, 签署合作备忘录, 由…组成的专项检查组): bodies listed as a clause's subject and
 * then such a noun, with at most a few words between (组成, 召开, 开展, 建立, 等N个部门), acted together, the first
 * leading. Bodies named after the noun are not partners (…联合执法，约谈了X).
 */
const JOINT_NOUN =
  /^(?:等\s*(?:\d+|[一二三四五六七八九十多数]+)?\s*个?(?:部门|单位|机关|部委))?[^,，。;；:：、]{0,8}?(?:联合(?:执法|检查|行动|整治|排查|督查|调查|巡查|办案|约谈|声明|公告|工作组|检查组|调查组|专班|督导组|执法组)|(?:组成|成立|组建)的?(?:联合|专项)?(?:检查组|工作组|调查组|督导组|督查组|执法组|专案组|专班)|联席会议|协作机制|联动机制|协调机制|工作专班|(?:签署|签订)了?[^,，。;；]{0,12}?(?:合作|协作)?(?:备忘录|协议))/;

/** A joint statement or notice the bodies listed before it own (A、B、C的联合声明). */
const OWNED_JOINT_ACT = /^的联合(?:声明|公告|倡议|倡议书|通知|提示|风险提示)/;

/** WORKED_WITH for bodies listed as one subject of a joint act named by a noun. */
export function jointNounInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { s, sid, date, agencies, sorted } = x;
  if (agencies.length < 2) return;
  for (const first of agencies) {
    // the list opens its clause (a time or place phrase may stand before it, no other entity)
    const clauseStart = Math.max(
      s,
      text.lastIndexOf("，", normStart(first)) + 1,
      text.lastIndexOf(",", normStart(first)) + 1,
    );
    const run = [first, ...listAfter(sorted, text, normEnd(first), "Agency", normStart, normEnd)];
    if (run.length < 2) continue;
    const after = text.slice(normEnd(run.at(-1)!), normEnd(run.at(-1)!) + 40);
    // (or the list owns the joint act by 的 wherever it stands: 央行发布A、B、C的联合声明)
    const owned = OWNED_JOINT_ACT.test(after);
    if (!owned && sorted.some((m) => normStart(m) >= clauseStart && normStart(m) < normStart(first))) continue;
    if (!owned && !JOINT_NOUN.test(after)) continue;
    for (const partner of run.slice(1)) add("WORKED_WITH", first.entityId, partner.entityId, [sid], date);
    return;
  }
}

/** What stands between two bodies that consult or work with each other (A已与B协商), and what follows the second (协商, 会商, 磋商, 合作, 协作). */
const CONSULT_WITH = /^(?:已经?|也|曾|将|正在?|并|还|均|已先后)?(?:与|和|同|跟)$/;
const CONSULT = /^(?:进行了?|开展了?|共同|充分|多次|反复|密切|紧密)?(?:协商|会商|磋商|合作|协作)/;

/** What follows two bodies joined by 与 that warn or declare at once (A与B今天同时呼吁, A和B共同提醒); a joint notice's co-issuers are its ISSUED alone. */
const AT_ONCE =
  /^(?:今天|今日|昨天|昨日|日前|近日|当天|当日|\d{1,2}日)?(?:共同|同时|一同|一起)(?:呼吁|提醒|提示|表示|宣布|声明|强调|警示|警告)/;

/**
 * WORKED_WITH for A与B协商/合作 (金管会已与中央银行协商, 市发改委和市电力公司会商, 执法局与X分中心合作) and A与B同时呼吁
 * (two bodies warning or announcing at once): the two bodies acted together.
 */
export function consultedInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { sid, date, agencies } = x;
  for (const [k, a] of agencies.entries()) {
    const b = agencies[k + 1];
    if (!b || !CONSULT_WITH.test(text.slice(normEnd(a), normStart(b)))) continue;
    const after = text.slice(normEnd(b), normEnd(b) + 10);
    if (CONSULT.test(after) || (/^(?:与|和|同)$/.test(text.slice(normEnd(a), normStart(b))) && AT_ONCE.test(after)))
      add("WORKED_WITH", a.entityId, b.entityId, [sid], date);
  }
}

/** What stands between a body and the one it acts through (央行从4月22日开始，通过X部署, A通过B印发), and the act after B. */
const THROUGH = /^(?:[^。;；!！?？]{0,16}?[,，])?(?:已经?|也|曾|将|还|再次?|专门)?通过$/;
const THROUGH_ACT =
  /^(?:再次|先后|统一|向[^,，。;；]{1,12}?)?(?:部署|印发|发布|下发|发出|组织|召开|约谈|通知|开展|转发|布置)/;

/**
 * WORKED_WITH for A通过B + an act (央行通过互联网金融风险专项整治工作领导小组办公室印发了《…》, 央行通过中国支付清算协会部署了
 * 此次约谈): A acted through B, A leading.
 */
export function throughInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { sid, date, agencies } = x;
  for (const [k, a] of agencies.entries()) {
    const b = agencies[k + 1];
    if (!b || b.entityId === a.entityId || !THROUGH.test(text.slice(normEnd(a), normStart(b)))) continue;
    if (THROUGH_ACT.test(text.slice(normEnd(b), normEnd(b) + 16)))
      add("WORKED_WITH", a.entityId, b.entityId, [sid], date);
  }
}

/** Bodies attending a meeting: (等)(有关)负责人出席会议, 参加了此次会议. */
const ATTENDED =
  /(?:等)?(?:单位|部门)?(?:的)?(?:有关|相关|主要)?(?:负责人|负责同志|领导同志|领导|代表)?(?:出席|参加|列席)了?(?:会议|此次会议|本次会议|上述会议)/;
/** A body convening a meeting: the body, then 召开 or 召集 within a few words. */
const CONVENES = /^[^,，。;；]{0,20}?(?:召开|召集|主持召开)/;

/**
 * WORKED_WITH for the bodies attending a meeting another body convened (X召开…会议。A、B、C有关负责人出席会议): the
 * convener (in this sentence before them, or in the one before) with each attending body.
 */
export function attendedInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd, bySentence } = c;
  const { i, s, sid, date, agencies } = x;
  const am = x.text.match(ATTENDED);
  if (!am) return;
  const at = s + am.index!;
  const convening = (list: ResolvedMention[]) =>
    list.find((a) => normEnd(a) <= at && CONVENES.test(text.slice(normEnd(a), normEnd(a) + 24)));
  const previous = (bySentence.get(i - 1) ?? []).filter((m) => m.label === "Agency").sort((a, b) => a.start - b.start);
  const convener = convening(agencies) ?? convening(previous);
  if (!convener) return;
  // the attendees: the bodies listed right before the attending words, after the convener's clause
  const from = agencies.includes(convener) ? text.slice(normEnd(convener), at).search(/[,，。;；]/) : -1;
  const start = agencies.includes(convener) ? (from < 0 ? at : normEnd(convener) + from) : s;
  // (a body written as an official's post, 县委常委、常务副县长刘强出席会议, is the official's, no body attending)
  const people = x.sorted.filter((m) => (m.label === "Official" || m.label === "Person") && normEnd(m) <= at);
  const post = (a: ResolvedMention): boolean =>
    people.some(
      (p) =>
        normStart(p) >= normEnd(a) &&
        !agencies.some((b) => normStart(b) >= normEnd(a) && normEnd(b) <= normStart(p)) &&
        !/[,，;；]/.test(text.slice(normEnd(a), normStart(p))),
    );
  for (const a of agencies)
    if (normStart(a) >= start && normEnd(a) <= at && a.entityId !== convener.entityId && !post(a))
      add("WORKED_WITH", convener.entityId, a.entityId, [sid], date);
}

/**
 * A plan's roles written as labels: 牵头单位：X；配合单位：Y、Z (each label its own sentence, split at ；), in brackets
 * after the task too (（牵头单位：X；配合单位：Y）); 责任部门 is 责任单位.
 */
const LEAD_LABEL = /^\s*(?:[(（][一二三四五六七八九十\d]+[)）])?\s*[(（]?\s*(?:牵头单位|牵头部门|牵头责任单位)\s*[:：]/;
const PARTNER_LABEL = /^\s*[(（]?\s*(?:配合单位|配合部门|协办单位|参与单位|责任单位|责任部门)\s*[:：]/;

/**
 * WORKED_WITH for a plan's roles: the lead named after 牵头单位： with each body named after 配合单位： in the next
 * sentence, and in one list of 责任单位： the body marked （牵头） with each other body of the list.
 */
export function labelledRolesInDocument(c: RelateContext): void {
  const { text, ranges, bySentence, add, normEnd, sentences } = c;
  const agenciesOf = (i: number) => (bySentence.get(i) ?? []).filter((m) => m.label === "Agency");
  for (const i of bySentence.keys()) {
    const [s0, e0] = ranges[i]!;
    const line = text.slice(s0, e0);
    const agencies = agenciesOf(i);
    if (LEAD_LABEL.test(line) && agencies.length) {
      const next = agenciesOf(i + 1);
      if (ranges[i + 1] && PARTNER_LABEL.test(text.slice(ranges[i + 1]![0], ranges[i + 1]![1])))
        for (const lead of agencies)
          for (const partner of next)
            if (partner.entityId !== lead.entityId)
              add("WORKED_WITH", lead.entityId, partner.entityId, [sentences[i]!.id, sentences[i + 1]!.id], null);
      continue;
    }
    // 责任单位：X（牵头）、Y、Z
    if (!PARTNER_LABEL.test(line) || agencies.length < 2) continue;
    const lead = agencies.find((a) => /^\s*[(（]牵头[)）]/.test(text.slice(normEnd(a), normEnd(a) + 5)));
    if (!lead) continue;
    for (const partner of agencies)
      if (partner.entityId !== lead.entityId)
        add("WORKED_WITH", lead.entityId, partner.entityId, [sentences[i]!.id], null);
  }
}

/** A count of bodies opening their list in brackets (等七部委（, 等11个部门(). */
const COUNT_OPENS_LIST = /^等[一二三四五六七八九十两\d]+个?(?:部委|部门|单位|机构)\s*[(（]$/;

/**
 * WORKED_WITH for the co-issuers of one measure named together (A、B关于…的通知, A B关于…, A、B近日决定…印发《X》, A、B、C等
 * 五部委发布…): the bodies that ISSUED it, listed side by side in a sentence that tells it, the first with each other. Run
 * once every rule has added its ISSUED.
 */
export function coIssuersWorkedWith(c: RelateContext): void {
  const { rels, text, sIndex, bySentence, normStart, normEnd, add } = c;
  const issuers = new Map<string, Map<string, string>>();
  for (const r of rels.values())
    if (r.type === "ISSUED" && r.source.startsWith("agency:"))
      for (const sid of r.evidence) {
        const key = `${r.target}|${sid}`;
        issuers.set(key, (issuers.get(key) ?? new Map()).set(r.source, r.date ?? ""));
      }
  for (const [key, bodies] of issuers) {
    if (bodies.size < 2) continue;
    const sid = key.slice(key.lastIndexOf("|") + 1);
    const ms = (bySentence.get(sIndex.get(sid) ?? -1) ?? [])
      .filter((m) => m.label === "Agency" && bodies.has(m.entityId))
      .sort((a, b) => normStart(a) - normStart(b));
    // (the first run of issuers written side by side: only separators between them)
    const run: ResolvedMention[] = [];
    let prev: ResolvedMention | undefined;
    for (const m of ms) {
      const gap = prev ? text.slice(normEnd(prev), normStart(m)) : "";
      // (the bodies a count opens in brackets, 央行等七部委（中国人民银行、中央网信办…）, are the run, the first named again)
      const opened = !!prev && COUNT_OPENS_LIST.test(gap);
      if (prev && !opened && (m.entityId === prev.entityId || !/^[\s、,，和及与]*$/.test(gap))) break;
      if (!run.some((r) => r.entityId === m.entityId)) run.push(m);
      prev = m;
    }
    const ids = [...new Set(run.map((m) => m.entityId))];
    for (const id of ids.slice(1)) add("WORKED_WITH", ids[0]!, id, [sid], null);
  }
}
