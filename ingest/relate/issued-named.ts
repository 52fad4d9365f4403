/**
 * ISSUED from the bodies written right before a title, with no verb between (the title as the bodies' own:
 * 国家发展改革委、中央网信办、公安部等11部委《关于…的通知》; 省网信办《关于…的通知》; 国家发改委等部门的《…》), and
 * from the body a document is quoted making its demands (《关于…的通知》(下称《通知》)显示，A要求…).
 */
import type { ResolvedMention } from "../types.js";
import { type RelateContext, type SentenceContext } from "./context.js";

/**
 * What may stand between the last body of the list and the title: 等N部委, 等N个部门, 、行业协会 (unnamed co-issuers), 的;
 * or a headline's colon (内蒙古发改委：关于设立…举报平台的公告).
 */
const OWNER_GAP =
  /^(?:等\s*(?:\d+|[一二三两四五六七八九十多]+)?\s*(?:个|家)?(?:部委|部门|单位|机构|委办局|部局))?(?:[、和及与](?:有关|相关)?行业协会)?的?\s*$|^\s*[：:]\s*$/;

/** The words joining the bodies of one list (、 和 及 与 以及, and the space between co-issuers). */
const JOIN = /^[、和及与\s]*$|^以及$/;

/** Bodies a title is written after: a run of agencies right before it (no verb, no clause break). */
export function ownersBefore(c: RelateContext, x: SentenceContext, me: ResolvedMention): ResolvedMention[] {
  const { text, normStart, normEnd } = c;
  const at = normStart(me);
  const before = x.agencies.filter((a) => normEnd(a) <= at);
  const last = before.at(-1);
  if (!last || !OWNER_GAP.test(text.slice(normEnd(last), at))) return [];
  return listEndingAt(c, before);
}

/** The run of bodies joined by 、/和/及 that ends with the last of `before` (sorted by position). */
function listEndingAt(c: RelateContext, before: ResolvedMention[]): ResolvedMention[] {
  const run = [before.at(-1)!];
  for (let k = before.length - 2; k >= 0; k--) {
    if (!JOIN.test(c.text.slice(c.normEnd(before[k]!), c.normStart(run[0]!)))) break;
    run.unshift(before[k]!);
  }
  return run;
}

/**
 * The bodies a title's own span opens with, before its 关于 (a heading written with its issuers: 省发展改革委省司法厅
 * 关于…的通知): a run of agencies from the span's start, nothing but joining words or spaces between them.
 */
function ownersInside(c: RelateContext, x: SentenceContext, me: ResolvedMention): ResolvedMention[] {
  const { text, normStart, normEnd } = c;
  const from = normStart(me);
  const about = text.indexOf("关于", from);
  if (about < 0 || about >= normEnd(me)) return [];
  const run: ResolvedMention[] = [];
  let at = from;
  // (the bodies are nested in the title's mention: the sentence's own list leaves them out)
  const inside = (c.bySentence.get(x.i) ?? [])
    .filter((g) => g.label === "Agency" && normStart(g) >= from && normEnd(g) <= about)
    .sort((a, b) => normStart(a) - normStart(b));
  for (const a of inside) {
    if (!JOIN.test(text.slice(at, normStart(a)))) return [];
    run.push(a);
    at = normEnd(a);
  }
  return run.length && JOIN.test(text.slice(at, about)) ? run : [];
}

/** What a body says in its own document, right after the title (在《…》中指出, 在《…》里明确). */
const SPEAKS_IN =
  /^[》」”"]?\s*[中里]\s*(?:再次|还|也|进一步)?(?:指出|明确|表示|强调|提到|提出|要求|写道|规定|称|提醒|警示)/;

/** Titles written one after another (《A》《B》, 《A》、《B》): the bodies before the first own them all. */
const TITLE_AFTER_TITLE = /^[》」”"]?[、和及与\s]*[《「“"]?$/;

/** ISSUED from each body written right before a title in one sentence (undated: the sentence tells no issuing). */
export function issuedByNameInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, normStart, normEnd } = c;
  let prev: { me: ResolvedMention; owners: ResolvedMention[] } | null = null;
  for (const me of x.sorted.filter((m) => m.label === "Measure")) {
    let owners = ownersBefore(c, x, me);
    // a heading's title written with its bodies (省发展改革委 省司法厅关于…的通知 on its own line): the bodies inside it
    if (!owners.length) owners = ownersInside(c, x, me);
    if (!owners.length && prev && TITLE_AFTER_TITLE.test(text.slice(normEnd(prev.me), normStart(me))))
      owners = prev.owners;
    // a body speaking through its own document (X在《…》中指出): the body right before 在 issued it, with the bodies
    // listed before it (A、B在…的通知中指出)
    if (!owners.length && SPEAKS_IN.test(text.slice(normEnd(me), normEnd(me) + 12))) {
      const before = x.agencies.filter((g) => normEnd(g) <= normStart(me));
      const a = before.at(-1);
      if (a && /^\s*在\s*$/.test(text.slice(normEnd(a), normStart(me)))) owners = listEndingAt(c, before);
    }
    for (const a of owners) c.add("ISSUED", a.entityId, me.entityId, [x.sid], null);
    prev = { me, owners };
  }
}

/** What a report says a document shows, then the body whose demands it is: 显示/称/指出, a comma. */
const SHOWS =
  /^\s*(?:[(（][^()（）]{0,16}[)）])?\s*(?:的(?:文件|通知|公告|文件内容))?(?:显示|称|指出|提到|写道|明确)[,，:：]?\s*$/;
/** The body's demand right after its name. */
const DEMANDS = /^\s*(?:在通知中|在文件中)?(?:要求|明确|规定|提出|决定|强调|指出|责令)/;
/** The body's words reported after a document's (名为《…》的文件显示，A称，为…): its saying, then a comma. */
const SAYS = /^\s*(?:称|表示)[,，:：]/;

/** ISSUED from the body a quoted document shows making its demands (《…》显示，A要求…; 《…》的文件显示，A称…). */
export function issuedShownInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, normStart, normEnd } = c;
  for (const me of x.sorted.filter((m) => m.label === "Measure")) {
    const a = x.agencies.find((g) => normStart(g) > normEnd(me) && SHOWS.test(text.slice(normEnd(me), normStart(g))));
    const paper = !!a && /^\s*的(?:文件|通知|公告)/.test(text.slice(normEnd(me), normStart(a)));
    const after = a ? text.slice(normEnd(a), normEnd(a) + 8) : "";
    if (a && (DEMANDS.test(after) || (paper && SAYS.test(after))))
      c.add("ISSUED", a.entityId, me.entityId, [x.sid], null);
  }
}

/** A clause that goes on with the last sentence's subject and convenes a meeting (近日，又组织召开X会议). */
const CONVENED_AGAIN =
  /^(?:近日|日前|随后|此后|之后|同时|当天|今天|昨天|\d{1,2}月\d{1,2}日|\d{1,2}日)?[,，]?\s*(?:又|还|也|再次|并)(?:组织|专门)?(?:召开|举行)了?$/;

/**
 * ISSUED for a meeting whose convener the sentence does not name, opening it with 又/还/也 (…国家发改委公开征求意见。
 * 近日，又组织召开X专题视频会议): the first body of the sentence before, the subject it goes on with.
 */
export function convenedAgainInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, normStart, bySentence } = c;
  for (const me of x.sorted.filter((m) => m.label === "Measure" && c.isMeeting(m.entityId))) {
    if (x.agencies.some((a) => normStart(a) < normStart(me))) continue;
    if (!CONVENED_AGAIN.test(text.slice(x.s, normStart(me)).trim())) continue;
    const subject = (bySentence.get(x.i - 1) ?? []).find((m) => m.label === "Agency");
    if (subject) c.add("ISSUED", subject.entityId, me.entityId, [x.sid], null);
  }
}

/**
 * A title that names a branch as its issuer, reported as its parent's (央行下发《中国人民银行营业管理部关于…》): the
 * branch issued it, and the parent's ISSUED goes (the branch's name opens the title as the text writes it).
 */
export function branchIssuers(c: RelateContext): void {
  const issued = [...c.rels.entries()].filter(([, r]) => r.type === "ISSUED" && r.source.startsWith("agency:"));
  for (const [key, r] of issued) {
    const measure = c.entityById.get(r.target);
    const titles = measure ? [measure.name, ...measure.aliases] : [];
    const branch = issued.find(
      ([, b]) =>
        b.target === r.target &&
        b.source !== r.source &&
        b.source.startsWith(r.source) &&
        titles.some((t) => t.startsWith(String(c.entityById.get(b.source)?.name))),
    );
    if (branch) c.rels.delete(key);
  }
}
