/** SERVES_AT: an official's post (a career 历任X书记; a gloss in brackets Y（X局副局长）). */
import { OFFICIAL_TITLES } from "../lexicon/people.js";
import { type RelateContext, type SentenceContext } from "./context.js";

/**
 * A career: 历任X书记、Y主任; 曾任; 先后任; 现任; 兼任; 升任/转任/调任; 成为/晋升为/跻身/当选为 X常委 (a bare 任 only after a
 * clause or a date).
 */
const CAREER =
  /(历任|曾任|先后任|先后担任|曾担任|现任|兼任|升任|转任|调任|出任|担任|晋升为|晋升|升为|提拔为|成为|跻身|当选为|当选|就任|(?<=^|[,，;；、\s年月日后起])任(?![务何意性期命免职])|(?<=^|[,，;；、\s年月日后起])任职于)/;

/** A title after a body's name (书记, 副市长, 主任, 党组成员、副主席, 局长). */
const POST_TITLE = new RegExp(
  `^(?:原|前)?(?:[\\u4e00-\\u9fff]{0,8}?)(${[...OFFICIAL_TITLES, "常委", "委员", "秘书长", "院长", "党组书记", "党组成员"].sort((a, b) => b.length - a.length).join("|")})$`,
);

/** A post alone, without a body: 副局长, 党组成员、副局长, 常务副市长. */
const POST_ONLY = new RegExp(
  `^(?:原|前)?(?:(?:常务|专职|一级|二级)?(?:${[...OFFICIAL_TITLES, "常委", "委员", "秘书长", "院长", "党组书记", "党组成员"].sort((a, b) => b.length - a.length).join("|")})[、]?)+$`,
);

/** SERVES_AT from a career in one sentence: one per body. */
export function careerInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, add, bySentence, normStart, normEnd } = c;
  const { i, s, sid, date, sorted, agencies } = x;
  // SERVES_AT from a career (…历任瑞金市委书记、省驻京办主任等职务；任省政协副主席，兼任市委书记): one per body
  // (a sentence naming no body has no post to read)
  if (!agencies.length) return;
  const career = text.slice(s, ranges[i]![1]);
  const verb = CAREER.exec(career);
  if (verb) {
    const vAt = s + verb.index;
    const subject =
      sorted.filter((m) => m.label === "Official" && normEnd(m) <= vAt).at(-1) ??
      [i - 1, i - 2]
        .flatMap((k) => (bySentence.get(k) ?? []).filter((m) => m.label === "Official"))
        .sort((a, b) => b.start - a.start)[0];
    const posted = agencies.filter((a) => normStart(a) >= vAt);
    if (subject)
      for (const [k, a] of posted.entries()) {
        const next = k + 1 < posted.length ? normStart(posted[k + 1]!) : ranges[i]![1];
        const seg = text
          .slice(normEnd(a), next)
          .split(/[、,，;；。\s]/)[0]!
          .replace(/(等)?职务?$/, "");
        if (!seg || seg.length > 12 || !POST_TITLE.test(seg)) continue;
        const former = /^(历任|曾任|先后|曾担任)/.test(verb[0]) || /^(原|前)/.test(seg);
        add("SERVES_AT", subject.entityId, a.entityId, [sid], date, { title: seg, former });
      }
  }
}

/** An official chairing a meeting (主持召开, 主持): what stands between the name and the body's name. */
const CHAIRS = /^\s?(?:[(（][^()（）]{1,12}[)）])?(?:[于在]?[^，,。；;]{0,8}?)?主持(?:召开)?了?\s?$/;
/** The body's own meeting right after its name (金融委会议, X第五十一次会议, 县委常委会会议, 市政府常务会议). */
const BODY_MEETING = /^(?:第[一二三四五六七八九十百\d]+次)?(?:全体|常务|常委会|党组|主任|专题)?(?:会议|会)/;

/**
 * SERVES_AT for an official chairing a body's own meeting (刘鹤主持金融委会议, 县委书记X主持召开县委常委会会议): the
 * official holds a post at that body, its title unsaid.
 */
export function chairedInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { sid, date, sorted } = x;
  for (const [k, m] of sorted.entries()) {
    if (m.label !== "Official") continue;
    const body = sorted.slice(k + 1).find((a) => a.label === "Agency");
    if (!body || !CHAIRS.test(text.slice(normEnd(m), normStart(body)))) continue;
    if (!BODY_MEETING.test(text.slice(normEnd(body), normEnd(body) + 12))) continue;
    add("SERVES_AT", m.entityId, body.entityId, [sid], date, { title: null, former: false });
  }
}

/** SERVES_AT from the post in brackets after an official's name. */
export function glossedPosts(c: RelateContext): void {
  const { text, mentions, sIndex, add, bySentence, normStart, normEnd } = c;
  // SERVES_AT: an official glossed by the post in brackets after the name (Y（X局副局长）)
  for (const o of mentions.filter((m) => m.label === "Official")) {
    const i = sIndex.get(o.sentenceId)!;
    const a = (bySentence.get(i) ?? []).find(
      (m) =>
        m.label === "Agency" && normStart(m) > normEnd(o) && /^\s*[(（]\s*$/.test(text.slice(normEnd(o), normStart(m))),
    );
    const seg = a && text.slice(normEnd(a), normEnd(a) + 14).match(/^([^()（）、,，]{1,12})[)）]/);
    if (a && seg && POST_TITLE.test(seg[1]!))
      add("SERVES_AT", o.entityId, a.entityId, [o.sentenceId], null, {
        title: seg[1]!.replace(/^(原|前)/, ""),
        former: /^(原|前)/.test(seg[1]!),
      });
  }
}

/**
 * SERVES_AT for officials listed after one placed at a body, each with a post alone (X局局长张三、副局长李四;
 * X局局长张三和副局长李四): the body is the one the list opened with.
 */
export function listedPosts(c: RelateContext): void {
  const { text, rels, add, bySentence, normStart, normEnd } = c;
  const servesAt = (id: string): string[] =>
    [...rels.values()].filter((r) => r.type === "SERVES_AT" && r.source === id).map((r) => r.target);
  for (const ms of bySentence.values()) {
    const sorted = [...ms].sort((a, b) => a.start - b.start);
    for (let k = 1; k < sorted.length; k++) {
      const o = sorted[k]!;
      const prev = sorted[k - 1]!;
      if (o.label !== "Official" || prev.label !== "Official" || servesAt(o.entityId).length) continue;
      const placed = servesAt(prev.entityId);
      const post = text.slice(normEnd(prev), normStart(o)).match(/^\s*[、,，和及与]\s*([^、,，和及与\s][^,，]{0,11})$/);
      if (placed.length !== 1 || !post || !POST_ONLY.test(post[1]!)) continue;
      // the previous official's post was told with the body right before it in this sentence (X局局长张三)
      const body = sorted
        .slice(0, k - 1)
        .filter((m) => m.label === "Agency")
        .at(-1);
      if (
        !body ||
        body.entityId !== placed[0] ||
        !/^[^,，。;；、]{0,12}$/.test(text.slice(normEnd(body), normStart(prev)))
      )
        continue;
      add("SERVES_AT", o.entityId, placed[0]!, [o.sentenceId], null, {
        title: post[1]!.replace(/^(原|前)/, ""),
        former: /^(原|前)/.test(post[1]!),
      });
    }
  }
}
