/** People: [org][dept]title+name and name+title → Official or Person, one label per name in a document. */
import type { EntityLabel } from "../../schema/index.js";
import {
  COMPOUND_SURNAMES,
  EXPERT_TITLES,
  GENERIC_PEOPLE,
  KNOWN_FULL_NAMES,
  KNOWN_PEOPLE,
  NAME_STOP,
  NOT_NAME_START,
  OFFICIAL_TITLES,
  PLACEHOLDER_NAMES,
  SURNAMES,
  TIBETAN_NAME_SYLLABLES,
  TRANSLIT_CHARS,
} from "../lexicon/people.js";
import { LISTING_VENUES } from "../lexicon/companies.js";
import type { Division } from "../lexicon/divisions.js";
import {
  type Cand,
  agencyRef,
  divisionAt,
  divisionOfRef,
  glossesPerson,
  isCjk,
  LEVEL_OF,
  localAgencyName,
  personalLatin,
  SAYING,
  seatOf,
} from "./shared.js";
import { partitionPoint } from "../partition.js";
import type { EntityRef } from "../types.js";

/**
 * A name read once with a third character that the text writes everywhere else with two (李林 … 李林寻求出售…): the
 * third character starts the next word, and the person is the two-character name.
 */
function shortenSlipped(cands: Cand[]): Cand[] {
  const people = cands.filter((c) => c.ref?.label === "Official" || c.ref?.label === "Person");
  const count = new Map<string, number>();
  for (const c of people) count.set(c.ref!.name, (count.get(c.ref!.name) ?? 0) + 1);
  return cands.map((c) => {
    const name = c.ref?.name ?? "";
    if (!people.includes(c) || !/^[\u4e00-\u9fff]{3}$/.test(name) || count.get(name) !== 1) return c;
    const two = name.slice(0, 2);
    if (!count.has(two) || !isName(two)) return c;
    const ref = { ...c.ref!, name: two };
    return {
      ...c,
      end: c.end - 1,
      ref,
      links: (c.links ?? []).map((l) => (l.from === c.ref ? { ...l, from: ref } : l)),
    };
  });
}

/** One label per name in a document: a name that holds a public post anywhere is an Official everywhere (and keeps only its posts). */
export function unifyPeople(found: Cand[]): Cand[] {
  const cands = shortenSlipped(found);
  const official = new Map<string, EntityRef>();
  for (const c of cands) if (c.ref?.label === "Official" && !official.has(c.ref.name)) official.set(c.ref.name, c.ref);
  for (const c of cands) {
    const o = c.ref?.label === "Person" ? official.get(c.ref.name) : undefined;
    if (!o) continue;
    c.ref = o;
    c.links = (c.links ?? []).filter((l) => l.type !== "AFFILIATED_WITH");
  }
  return cands;
}

// ------------------------------------------------------------------ people

export const TITLES = [...new Set([...OFFICIAL_TITLES, ...EXPERT_TITLES])].sort((a, b) => b.length - a.length);
export const TITLE_END = new RegExp(`(${TITLES.join("|")})$`);
/** Any title (the source of a search for titles), and a title closing a text, with 原/前 before it. */
const ANY_TITLE = `(${TITLES.join("|")})`;
const TITLE_AT_END = new RegExp(`((原|前)?${ANY_TITLE})$`);
// (a bank's 行长 is no firm's 执行长, Taiwan's chief executive)
export const OFFICIAL_END = new RegExp(
  `(${[...OFFICIAL_TITLES]
    .sort((a, b) => b.length - a.length)
    .map((t) => (t === "行长" ? "(?<!执)行长" : t))
    .join("|")})$`,
);

/** An adverb a verb of saying may open with (李林曾表示): never a name's last character there. */
const ADVERB_END = /[也还则又曾亦更就都已将]$/;

/** A transliterated foreign name, its given name and surname joined by a middle dot (维塔利克·布特林, 埃隆·马斯克). */
const DOTTED_NAME = /^([\u4e00-\u9fff]{2,6})([·・•‧])([\u4e00-\u9fff]{2,6})/;

/** A personal name starting at i: surname + 1–2 chars, a Latin name or a dotted transliteration; null if none. */
export function nameAt(text: string, i: number): string | null {
  const latin = text.slice(i, i + 40).match(/^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}/);
  if (latin) return latin[0];
  // a foreign name written in transliteration with its parts joined by a middle dot (维塔利克·布特林)
  // (the first part may hold one character outside the table, 埃隆; the name ends where the table's characters end)
  const dotted = text.slice(i, i + 16).match(DOTTED_NAME);
  if (dotted && [...dotted[1]!].filter((c) => !TRANSLIT_CHARS.includes(c)).length <= 1) {
    let k = 0;
    while (k < dotted[3]!.length && TRANSLIT_CHARS.includes(dotted[3]![k]!)) k++;
    if (k >= 2) return dotted[1]! + dotted[2]! + dotted[3]!.slice(0, k);
  }
  const two = text.slice(i, i + 2);
  const compound = COMPOUND_SURNAMES.includes(two);
  if (!compound && !SURNAMES.has(text[i]!)) return null;
  if (NOT_NAME_START.test(text.slice(i, i + 2))) return null;
  const sl = compound ? 2 : 1;
  const given = [text[i + sl], text[i + sl + 1]];
  // an anonymised name (王某, 尹某强) is nobody the graph can hold
  if (!isCjk(given[0]) || "的是在了被与及对向从等某".includes(given[0]!)) return null;
  // 肖毅党纪政务处分: a word that starts on the third character ends the name before it
  const next = text.slice(i + sl + 1, i + sl + 3);
  // (a stop character that a preposition or a verb of saying follows is the name's own: 郑定向对记者表示, 王在向媒体称)
  // (not an adverb a verb of saying opens with: 李林曾表示 is 李林)
  const ownStop =
    NAME_STOP.has(given[1] ?? "") &&
    !ADVERB_END.test(given[1] ?? "") &&
    /^(?:对|向|在|表示|称|说|指出|认为|告诉|透露|坦言)/.test(text.slice(i + sl + 2, i + sl + 4));
  if (POST_AS_GIVEN.test(text.slice(i + sl, i + sl + 2))) return null;
  if (isCjk(given[1]) && (ownStop || !NAME_STOP.has(given[1]!)) && !NAME_FOLLOWERS.test(next))
    return text.slice(i, i + sl + 2);
  return text.slice(i, i + sl + 1);
}

/** What a titled person does right after the name (市长X带队, 书记X表示). */
const LEADS_OR_SAYS = /^(?:带队|率队|一行|主持|出席|调研|表示|指出|强调|要求|说|介绍|称)/;
/**
 * A name with no surname of the list after a title (a Tibetan or Yi name: 市长甲么带队…, later 甲么表示): two to four
 * characters a verb of leading or saying follows, written so again elsewhere in the text, the two together its evidence;
 * or once, in 由 + title + name + 带队 (`ledBy`: a 由 opens the title's clause).
 */
function unsurnamedAt(text: string, i: number, ledBy: boolean): string | null {
  for (const len of [2, 3, 4]) {
    const name = text.slice(i, i + len);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || /[的了在是和与及等对将也都某该其各市县区省局委]/.test(name)) return null;
    if (/^(?:一行|同志|亲自|等人|领导|分别|共同|负责|现场|本人|带队|率队|主持)/.test(name)) return null;
    if (!LEADS_OR_SAYS.test(text.slice(i + len, i + len + 2))) continue;
    // (由 + title + name + 带队: the construction names the one who leads, written once is enough)
    if (ledBy && /^(?:带队|率队|主持)/.test(text.slice(i + len, i + len + 2))) return name;
    for (let p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + len))
      if (p !== i && LEADS_OR_SAYS.test(text.slice(p + len, p + len + 2)) && !isCjk(text[p - 1])) return name;
    return null;
  }
  return null;
}

/** A post after a surname-like verb is no given name (由副市长任组长, 兼任主任). */
const POST_AS_GIVEN = /^(?:组长|[市县区省局处科所队部厅司行院]长|主任|书记|委员|专员)$/;

/**
 * Words that start right after a two-character name (王强关于…, 孙军要求…, 马力带队…): when the third character begins
 * one of them, the name ends before it.
 */
export const NAME_FOLLOWERS = new RegExp(
  "^(" +
    [
      "党纪",
      "党籍",
      "因[涉严违受犯贪]",
      "党内",
      "党组",
      "涉嫌",
      "严重",
      "违纪",
      "违法",
      // what a disciplined official did (肖毅违背中央…, 违规支持…, 违反规定)
      "违背",
      "违规",
      "违反",
      "落马",
      "被查",
      "关于",
      "要求",
      "介绍",
      "带队",
      "带领",
      "指出",
      "表示",
      "强调",
      "提出",
      "主持",
      "出席",
      "参加",
      "会见",
      "调研",
      "率队",
      "率领",
      "签发",
      "部署",
      "讲话",
      "认为",
      "估计",
      "预计",
      "预测",
      "提醒",
      "建议",
      "呼吁",
      "承认",
      "否认",
      "透露",
      "坦言",
      "告诉",
      "说明",
      "通报",
      "宣布",
      // the charges of a trial (肖毅受贿、滥用职权一案)
      "受贿",
      "受审",
      "受到",
      "行贿",
      "贪污",
      "挪用",
      "滥用",
      "收受",
      "遭到",
      "一案",
      // founding a firm (由董事长兼CEO胡东创立)
      "创立",
      "创办",
      "创建",
      "持股",
      "批示",
      "作出",
      "召开",
      "对此",
      "同志",
      "一行",
      "同时",
      "分别",
      "先后",
      "随后",
      "已经",
      "正在",
      "目前",
      "当天",
      "今天",
      "昨天",
      "日前",
      "近日",
      "进行",
      "深入",
      "来到",
      "前往",
      "走访",
      "检查",
      "督导",
      "指导",
      "听取",
      "回应",
      "解释",
      "答复",
      "接受",
      "说道",
      "亲自",
      "现场",
      "等人",
      "一起",
      "负责",
      "分管",
      "主管",
      "兼任",
      "曾任",
      "历任",
      "任职",
      "受到",
      "给予",
      "因为",
      "由于",
      "出任",
      "升任",
      "转任",
      "调任",
      "担任",
      "在会",
      "在接",
      "在调",
      "向记",
      "对记",
      "与会",
      "代表",
      "称赞",
      "希望",
      "就此",
      // a statement made (刘某重申…, 重磅表态, 发表讲话, 再次强调)
      "重申",
      "重磅",
      "发表",
      "表态",
      "再次",
      // (using a post or a place for gain: 校长X利用学校电力…)
      "利用",
      // (a lawyer's or a judge's part in a case: 律师王明代理被告, 法官李强审理此案)
      "代理",
      // (speaking for another: 创始人杜均代为辟谣)
      "代为",
      // (how a suspect seemed or answered: 李碧显得镇定, 王五供述, 张三辩称)
      "显得",
      "供述",
      "辩称",
      "坚称",
      "辩护",
      "审理",
      "承办",
    ].join("|") +
    ")",
);

/** 原/前 before a title (原司长, 调查统计司原司长, 原党组成员) marks a former post. */
export const FORMER = /(^|、|[司局处部厅室所院会委行])(原|前)/;
export const FORMER_G = /(^|、|[司局处部厅室所院会委行])(?:原|前)/g;

/** Is `s` shaped like a Chinese personal name (surname + 1–2 given characters)? */
export function isName(s: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(s)) return false;
  const sl = COMPOUND_SURNAMES.includes(s.slice(0, 2)) ? 2 : SURNAMES.has(s[0]!) ? 1 : 0;
  if (!sl || s.length - sl < 1 || s.length - sl > 2) return false;
  if (POST_AS_GIVEN.test(s.slice(sl))) return false;
  // (an outlet's name, 银率网分析师: a site, a paper or an agency of news, no person)
  if (s.length === 3 && /[网报社刊台]$/.test(s)) return false;
  return ![...s.slice(sl)].some((c) => "的是在了被与及对向从等表指认称说将已也都还就要会副原前某受遭".includes(c));
}

/**
 * A board member's, director's or chief executive's title, or a head's (负责人): a public office when held at a government
 * body (证监会…部执行董事, …总监, 行政总裁, X检察院第二检察部负责人).
 */
const GOV_BOARD = /(执行董事|总监|行政总裁|总裁|负责人)$/;

/** A person candidate from a name and its posts: Official when a public title is held at a government body, else Person. */
export function personCand(name: string, start: number, posts: Post[]): Cand | null {
  if (!posts.length) return null;
  const lastTitle = posts.at(-1)!.title;
  if (GENERIC_PEOPLE.test(lastTitle)) return null;
  const govPost = posts.find(
    (p) =>
      ((p.org?.role === "gov" || !p.org) && OFFICIAL_END.test(p.title.split("、").at(-1)!)) ||
      /^.长$/.test(p.title) ||
      (p.org?.role === "gov" && GOV_BOARD.test(p.title)),
  );
  const isOfficial = !!govPost && (govPost.org?.role === "gov" || (!govPost.org && !posts.some((p) => p.org)));
  const label: EntityLabel = isOfficial ? "Official" : "Person";
  const plainTitle = lastTitle.match(TITLE_END)?.[1] ?? lastTitle.replace(FORMER_G, "$1").split("、").at(-1)!;
  const ref: EntityRef = { label, name, aliases: [], properties: { title: plainTitle } };
  const cand: Cand = { start, end: start + name.length, ref, priority: 5, links: [] };
  for (const p of posts) {
    if (!p.org?.ref) continue;
    if (isOfficial && p.org.role === "gov")
      cand.links!.push({
        type: "SERVES_AT",
        from: ref,
        to: p.org.ref,
        properties: { title: p.title.replace(FORMER_G, "$1"), former: p.former },
      });
    else if (label === "Person")
      cand.links!.push({ type: "AFFILIATED_WITH", from: ref, to: p.org.ref, properties: { title: p.title } });
  }
  return cand;
}

export interface Post {
  org: Cand | null;
  title: string;
  former: boolean;
}

/** A Tibetan name of two syllables (泽仁多吉) at `i`, after a title. */
const TIBETAN_NAME = new RegExp(`^(?:${TIBETAN_NAME_SYLLABLES.join("|")}){2}`);
function tibetanNameAt(text: string, i: number): string | null {
  return text.slice(i, i + 6).match(TIBETAN_NAME)?.[0] ?? null;
}

const TRANSLIT_RUN = new RegExp(`^[${TRANSLIT_CHARS}]{3,6}`);
/**
 * A foreign name after a title: one glossed with its Latin form (行政总裁克普朗(Zennon Kapron)), or a run of
 * transliteration characters after a foreign body's or a country's title (联储局前主席格林斯潘, 萨尔瓦多总统布克尔).
 */
function foreignNameAt(
  text: string,
  i: number,
  orgs: Cand[],
  titleAt: number,
  countryEnds: ReadonlySet<number>,
): string | null {
  const glossed = text
    .slice(i, i + 40)
    .match(/^([\u4e00-\u9fff]{2,6}?)\s?[(（]([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})[)）]/);
  if (glossed && !isName(glossed[1]!)) return glossed[1]!;
  // (or a country's, right before the title: 萨尔瓦多总统布克尔)
  const foreign =
    countryEnds.has(titleAt) ||
    orgs.some((o) => o.ref?.properties.level === "foreign" && o.end <= titleAt && titleAt - o.end <= 2);
  return foreign ? (text.slice(i, i + 6).match(TRANSLIT_RUN)?.[0] ?? null) : null;
}

/** The head of a division's government and the deputies, by the division's kind (江西省副省长, 抚州市市长, 自治区主席). */
const HEAD_OF_GOVERNMENT = /^(?:原|前)?(?:常务)?(?:副)?(省长|市长|县长|区长|州长|旗长|盟长|主席)/;
/** Each head's title: how the name of the division it heads ends, and that division's level. */
const HEAD_OF: Record<string, { name: RegExp; level: Division["level"] }> = {
  省长: { name: /省$/, level: "province" },
  市长: { name: /市$/, level: "prefecture" },
  县长: { name: /县$/, level: "county" },
  区长: { name: /(?<!自治)区$/, level: "county" },
  州长: { name: /州$/, level: "prefecture" },
  旗长: { name: /旗$/, level: "county" },
  盟长: { name: /盟$/, level: "prefecture" },
  主席: { name: /自治区$/, level: "province" },
};

/**
 * A division written right before its government's head or deputy (江西省副省长X, 江西前副省长X, 抚州市市长X): the
 * division's people's government, as the body of the title (an org for the posts read below, over the division's
 * span; the division stays a mention of its own).
 */
function governmentsOfHeads(text: string, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of chosen) {
    const div = divisionOfRef(c.ref);
    const head = text.slice(c.end, c.end + 8).match(HEAD_OF_GOVERNMENT);
    if (!div || !head || !HEAD_OF[head[1]!]!.name.test(div.name)) continue;
    out.push(governmentOver(c, div));
  }
  return out;
}

/** A division's people's government, as a post's body over `at`'s span (never chosen: priority 0). */
const governmentOver = (at: Cand, div: Division): Cand => ({
  start: at.start,
  end: at.end,
  ref: agencyRef(localAgencyName(div, "人民政府"), LEVEL_OF[div.level]),
  priority: 0,
  role: "gov",
});

/**
 * A head's or deputy's title written bare (副区长X出席会议) on a page whose locale gives a division of that kind: that
 * division's people's government, as the body of the title (never chosen); null otherwise.
 */
function localGovernmentOf(title: string, locale: Pick<Map<string, Division>, "get">, at: number): Cand | null {
  const head = title.match(HEAD_OF_GOVERNMENT);
  if (!head || head[0].length !== title.length) return null;
  const div = locale.get(HEAD_OF[head[1]!]!.level) ?? (head[1] === "市长" ? locale.get("county") : undefined);
  if (!div || !HEAD_OF[head[1]!]!.name.test(div.name)) return null;
  return governmentOver({ start: at, end: at, ref: null, priority: 0 }, div);
}

/**
 * A party committee's title that goes on with its division's government's head (副书记、县长; 书记、市长): where the 、
 * stands, and the government (over the committee's span) the last title is held at; null when the title is the
 * committee's alone.
 */
function governmentHeadAfter(org: Cand, title: string): { at: number; org: Cand } | null {
  if (!/^中共.+委员会$/.test(org.ref!.name)) return null;
  const head = title.match(/、(?:原|前)?(?:常务)?(?:副)?(省长|市长|县长|区长|州长|旗长|盟长|主席)$/);
  const div = divisionOfRef(seatOf(org));
  if (!head?.index || !div || !HEAD_OF[head[1]!]!.name.test(div.name)) return null;
  return { at: head.index, org: governmentOver(org, div) };
}

/** A judge's or a prosecutor's title, and the kind of body whose it is. */
const JUDICIAL_TITLES: Array<[RegExp, RegExp]> = [
  [/^(?:法官|审判长|审判员|庭长|副庭长)$/, /法院$/],
  [/^(?:检察官|检察员)$/, /检察院$/],
];
/**
 * A judge or a prosecutor named by the title alone (承办法官X, 审判长X) where the text names one court (or one
 * procuratorate): the post is there. Other posts are returned as they are.
 */
function courtOfJudge(posts: Post[], orgs: Cand[]): Post[] {
  if (posts.length !== 1 || posts[0]!.org) return posts;
  const kind = JUDICIAL_TITLES.find(([title]) => title.test(posts[0]!.title))?.[1];
  if (!kind) return posts;
  const bodies = [...new Map(orgs.filter((o) => o.ref && kind.test(o.ref.name)).map((o) => [o.ref!.name, o])).values()];
  return bodies.length === 1 ? [{ ...posts[0]!, org: bodies[0]! }] : posts;
}

/** People introduced by titles: [org][dept]title(、[org]title)* + name. */
export function people(
  text: string,
  chosen: Cand[],
  sentenceOf: (pos: number) => number,
  locale?: Pick<Map<string, Division>, "get">,
): Cand[] {
  const out: Cand[] = [];
  const allOrgs = [
    ...chosen.filter((c) => c.ref && (c.ref.label === "Agency" || c.ref.label === "Company")),
    ...governmentsOfHeads(text, chosen),
  ].sort((a, b) => a.start - b.start);
  const countryEnds = new Set(chosen.filter((c) => c.ref?.label === "Country").map((c) => c.end));
  const covered = new Uint8Array(text.length + 1);
  // (2 where only a division is: a given name may be a place's, 局长穆长春)
  for (const c of chosen)
    for (let k = c.start; k < c.end; k++)
      covered[k] = c.ref?.label === "Place" || c.ref?.label === "Province" ? covered[k] || 2 : 1;
  const overlapsChosen = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (covered[k]) return true;
    return false;
  };
  // a titled name whose surname is free and whose given name a division's name took (所长穆长春): still a name
  const givenIsPlace = (a: number, b: number): boolean => {
    if (covered[a] || b - a < 3 || covered[a + 1] !== 2) return false;
    for (let k = a + 1; k < b; k++) if (covered[k] === 1) return false;
    return true;
  };
  // orgs near a position (binary search on the sorted list)
  const orgsBetween = (a: number, b: number): Cand[] => {
    const lo = partitionPoint(allOrgs.length, (k) => allOrgs[k]!.start >= a);
    const res: Cand[] = [];
    for (let k = Math.max(0, lo - 1); k < allOrgs.length && allOrgs[k]!.start < b; k++) res.push(allOrgs[k]!);
    return res;
  };
  const titleRe = new RegExp(ANY_TITLE, "g");
  let m: RegExpExecArray | null;
  while ((m = titleRe.exec(text))) {
    // (a Latin name may stand after one space: 行政总裁 Jamie Dimon)
    const titleEnd = m.index + m[0].length;
    // (a name after one space opens a quote or a statement: 新闻发言人 孟玮：…)
    const spaced =
      /^ [A-Z][a-z]/.test(text.slice(titleEnd, titleEnd + 3)) ||
      /^[ \u3000][\u4e00-\u9fff]{2,3}(?:[:：]|表示|说|指出)/.test(text.slice(titleEnd, titleEnd + 7)) ||
      // (a Latin title set off from the Chinese around it by spaces, as typesetting does: 哈希时代 CEO 郑巡)
      (/^[A-Z]{2,4}$/.test(m[0]) && /^ [\u4e00-\u9fff]{2}/.test(text.slice(titleEnd, titleEnd + 3)));
    // (or after a dash: 比特小鹿的董事长——吴忌寒，…)
    const dashed = /^—{1,2}(?=[\u4e00-\u9fff]{2,3}[，,。；;：:、)）])/.exec(text.slice(titleEnd, titleEnd + 7))?.[0];
    // (or after 的 where 作为 opens the clause: 作为X集团创始人的Y曾多次…)
    const asWhat =
      text[titleEnd] === "的" &&
      /作为[^,，。;；:：]{1,30}$/.test(text.slice(Math.max(0, m.index - 32), m.index)) &&
      /^[\u4e00-\u9fff]{2,3}(?:[曾也已在是则就又于，,]|先生|女士)/.test(text.slice(titleEnd + 1, titleEnd + 6));
    // (or after 为 or 是 where a firm's register names its holder: X公司实控人为Y, 法定代表人是Y)
    const registered =
      /^(?:法定代表人|法人代表|实际控制人|实控人)$/.test(m[0]) &&
      /^[为是][\u4e00-\u9fff]{2,3}(?:[，,。；;、)）\s]|$)/.test(text.slice(titleEnd, titleEnd + 6));
    const nameStart = titleEnd + (spaced || asWhat || registered ? 1 : (dashed?.length ?? 0));
    const orgs = orgsBetween(m.index - 70, m.index + 1);
    const overlapped = orgs.find((o) => o.start < m!.index && m!.index < o.end);
    const titleStart = overlapped ? overlapped.end : m.index;
    const name =
      foreignNameAt(text, nameStart, orgs, m.index, countryEnds) ??
      nameAt(text, nameStart) ??
      tibetanNameAt(text, nameStart) ??
      unsurnamedAt(text, nameStart, /由[^，,。；;：:]{0,30}$/.test(text.slice(Math.max(0, m.index - 30), m.index)));
    if (
      !name ||
      (overlapsChosen(nameStart, nameStart + name.length) && !givenIsPlace(nameStart, nameStart + name.length))
    ) {
      // name + title: (org)潘功胜副行长表示 / 李波副行长指出
      if (
        !/^(表示|指出|称|认为|说|强调|介绍|透露|坦言|在|接受|告诉|[,，。:：])/.test(
          text.slice(nameStart, nameStart + 2),
        )
      )
        continue;
      for (const len of [3, 2]) {
        const ns = titleStart - len;
        if (ns < 0) continue;
        const nm = text.slice(ns, titleStart);
        if (!isName(nm) || overlapsChosen(ns, titleStart)) continue;
        const org = orgs.find((o) => o.end === ns) ?? null;
        if (!org && isCjk(text[ns - 1])) continue;
        const p = personCand(nm, ns, [{ org, title: text.slice(titleStart, nameStart), former: false }]);
        if (p) out.push(p);
        break;
      }
      continue;
    }
    // the chain region: back to punctuation or a sentence/clause start
    // (over a Latin gloss of a body's name: 币印矿池(Poolin)副总X)
    let rs = titleStart;
    for (;;) {
      const gloss =
        text[rs - 1] === ")" || text[rs - 1] === "）"
          ? /[(（][A-Za-z0-9 .&-]{1,30}[)）]$/.exec(text.slice(Math.max(0, rs - 32), rs))
          : null;
      if (gloss && titleStart - rs < 60) rs -= gloss[0].length;
      else if (rs > 0 && !/[,，。;；:：“”"!?！？()（）\n]/.test(text[rs - 1]!) && titleStart - rs < 60) rs--;
      else break;
    }
    // 副市长吴建春和抚州市前副市长方百春: a 和/与/及 outside a body's name ends the previous person's chain
    for (let k = titleStart - 1; k > rs; k--)
      if (/[和与及]/.test(text[k]!) && !orgs.some((o) => o.start <= k && k < o.end)) {
        rs = k + 1;
        break;
      }
    const regionOrgs = orgs.filter(
      (o) => o.start >= rs && o.end <= titleStart && sentenceOf(o.start) === sentenceOf(nameStart),
    );
    // posts: each org followed by its title text; title text may contain 、-separated titles
    const posts: Post[] = [];
    const segs: Array<{ org: Cand | null; from: number; to: number }> = [];
    // 其创始人X, 其董事长X: 其 is the body or company named last before (within the paragraph's reach); a bare 公司
    // opening its clause (，公司实际控制人X) is the company named last before
    const firmWord = /(?:^|[，,。；;：:\n])公司$/.test(text.slice(Math.max(0, titleStart - 3), titleStart));
    const back = text[titleStart - 1] === "其" ? 1 : firmWord ? 2 : 0;
    const its =
      !regionOrgs.length && back
        ? allOrgs
            .filter(
              (o) =>
                o.end < titleStart - back &&
                titleStart - o.end <= 120 &&
                !/\n/.test(text.slice(o.end, titleStart)) &&
                // (a stock exchange named in between is where the firm lists, not the firm: 深交所的通报批评)
                (!firmWord || (o.ref?.label === "Company" && !LISTING_VENUES.has(o.ref.name))),
            )
            .at(-1)
        : undefined;
    if (its) segs.push({ org: its, from: titleStart, to: titleEnd });
    else if (!regionOrgs.length)
      segs.push({
        org: locale ? localGovernmentOf(text.slice(titleStart, titleEnd), locale, m.index) : null,
        from: Math.max(rs, titleStart - 8),
        to: titleEnd,
      });
    regionOrgs.forEach((o, k) =>
      segs.push({ org: o, from: o.end, to: k + 1 < regionOrgs.length ? regionOrgs[k + 1]!.start : titleEnd }),
    );
    let former = false;
    for (const seg of segs) {
      // X的老板Y, X的创始人Y: 的 between a body and its title is the title's
      let t = text
        .slice(seg.from, seg.to)
        .replace(/^[、,，]+|[、,，]+$/g, "")
        // a Latin gloss of the body's name before the title (币印矿池(Poolin)副总X)
        .replace(seg.org ? /^\s?[(（][A-Za-z0-9 .&-]{1,30}[)）]/ : /^$/, "")
        .replace(seg.org ? /^的(?=[\u4e00-\u9fffA-Z])/ : /^$/, "")
        // (a body assigning its officer, X人民检察院指派检察员Y出庭: the title is the officer's)
        .replace(seg.org ? /^(?:指派|委派|派出)(?=[\u4e00-\u9fff]{2})/ : /^$/, "")
        // the next post's place and its 原/前, the place no body of its own (X省政协原副主席、常德原市委书记): the next's
        .replace(/、[\u4e00-\u9fff]{1,8}?[原前]$/, "");
      if (!seg.org) {
        const tm = t.match(TITLE_AT_END);
        t = tm ? tm[1]! : "";
      }
      if (seg.org && /部$|局$|厅$/.test(seg.org.ref!.name) && t === "长") t = seg.org.ref!.name.slice(-1) + "长";
      if (!t || t.length > 22 || /[的在是了对将]/.test(t)) continue;
      if (!TITLE_END.test(t) && !/^.长$/.test(t)) continue;
      const isFormer = FORMER.test(t);
      if (isFormer) former = true;
      // a party committee's post, then its division's government's (县委副书记、县长X): a post at each body
      const gov = seg.org ? governmentHeadAfter(seg.org, t) : null;
      if (gov) {
        posts.push({ org: seg.org, title: t.slice(0, gov.at), former: isFormer });
        posts.push({ org: gov.org, title: t.slice(gov.at + 1), former: isFormer || FORMER.test(t.slice(gov.at + 1)) });
        continue;
      }
      posts.push({ org: seg.org, title: t, former: isFormer || (former && !seg.org) });
    }
    const p = personCand(name, nameStart, courtOfJudge(posts, allOrgs));
    if (p) out.push(p);
    // founders or partners named together after their title (两大联合创始人A和B), and deputies a body has several of
    // (副区长A、B出席会议): the second holds the same posts
    const second =
      FOUNDERS_TITLE.test(m[0]) || DEPUTIES_TITLE.test(m[0]) ? secondName(text, nameStart + name.length) : null;
    if (p && second && !overlapsChosen(second.start, second.start + second.name.length)) {
      const q = personCand(second.name, second.start, posts);
      if (q) out.push(q);
    }
  }
  out.push(...careers(text, allOrgs, overlapsChosen));
  out.push(...tenures(text, allOrgs, overlapsChosen));
  out.push(...postsStated(text, allOrgs, overlapsChosen));
  out.push(...captions(text, allOrgs, overlapsChosen));
  out.push(...bracketedPosts(text, allOrgs, overlapsChosen));
  out.push(...namesBeforeTitles(text, allOrgs, overlapsChosen));
  out.push(...contacts(text, overlapsChosen, allOrgs));
  out.push(...reportedSpeakers(text, overlapsChosen));
  out.push(...quotedSpeakers(text, overlapsChosen));
  out.push(...signingParties(text, overlapsChosen));
  out.push(...knownPeople(text, overlapsChosen));
  out.push(...caseParties(text, overlapsChosen));
  out.push(...staffNamed(text, overlapsChosen, allOrgs));
  out.push(...tweetAuthors(text, overlapsChosen));
  out.push(...sanctionedNamed(text, overlapsChosen));
  out.push(...glossedPeople(text, overlapsChosen));
  out.push(...founders(text, overlapsChosen, allOrgs));
  out.push(...firmTeams(text, overlapsChosen, allOrgs));
  // (a stand-in name with no post, 被告王五, is nobody: the words stay taken)
  return out.map((c) =>
    c.ref?.label === "Person" && PLACEHOLDER_NAMES.has(c.ref.name) ? { ...c, ref: null, links: [] } : c,
  );
}

/** Titles several people hold together, so one title may stand before two names (创始人A和B). */
const FOUNDERS_TITLE = /(?:创始|创办|合伙)人$/;
/** The posts a body has several holders of (副区长, 副局长, 常委). */
const DEPUTIES_TITLE = /(?:副(?:省长|市长|区长|县长|州长|旗长|盟长|主席|书记|局长|厅长|主任)|常委)$/;

/**
 * A second name joined to the one that ends at `at` (…A和B的, A与B，, A、B出席, A和B表示), when a boundary, attending or
 * saying follows it.
 */
function secondName(text: string, at: number): { name: string; start: number } | null {
  const m = text
    .slice(at, at + 8)
    .match(
      /^[和与、]([\u4e00-\u9fff]{2,3}?)(?=[的，,。、；;等在曾均都已]|出席|参加|陪同|到会|分别|表示|指出|认为|强调)/,
    );
  return m && isName(m[1]!) ? { name: m[1]!, start: at + 1 } : null;
}

/** What a founder was, written before the name (温州商人, 技术爱好者): up to six characters, then one of these. */
const FOUNDER_WAS = String.raw`[\u4e00-\u9fff]{0,6}?(?:商人|爱好者|工程师|程序员|企业家|创业者|极客|教授)`;

/** 由 + names + a verb of founding or running (由X于2017年创办, 分别由A和B所管理), and the role it gives. */
const FOUNDED_BY = new RegExp(
  String.raw`由((?:${FOUNDER_WAS})?[\u4e00-\u9fff]{2,3}?(?:[和与、](?:${FOUNDER_WAS})?[\u4e00-\u9fff]{2,3}?)*)(?:共同|联合)?(?:于\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?所?(创办|创立|创建|成立|掌管|管理|执掌|掌舵|控制)`,
  "g",
);

/** A founder's name with what the founder was before it (温州商人A): the part before the name. */
const FOUNDER_DESCRIBED = new RegExp(String.raw`^${FOUNDER_WAS}(?=[\u4e00-\u9fff]{2,3}$)`);

/** The names of a list written with one-character separators, each with its offset (the list starts at `at`). */
function listedNames(list: string, at: number, separators: RegExp): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  for (const name of list.split(separators)) {
    out.push({ name, start: at });
    at += name.length + 1;
  }
  return out;
}

/**
 * The people a company is said to be founded or run by (OKX由徐明星于2017年创办; 支付宝和财付通分别由马云和马化腾所管理):
 * each a Person affiliated with the company written before 由 in the clause (with 分别, the companies and the people
 * paired in order). Names must be shaped like names; a body's name is no person.
 */
function founders(text: string, overlapsChosen: (a: number, b: number) => boolean, orgs: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(FOUNDED_BY)) {
    const clauseStart = Math.max(
      text.lastIndexOf("。", m.index),
      text.lastIndexOf("，", m.index),
      text.lastIndexOf(",", m.index),
      text.lastIndexOf("\n", m.index),
    );
    let firms = orgs.filter((o) => o.ref?.label === "Company" && o.start > clauseStart && o.end <= m.index);
    // a clause opening with 由 goes on telling of the sentence's subject (OKX是…交易所，由X于2017年创办)
    if (!firms.length && clauseStart === m.index - 1) {
      const sentenceStart = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("\n", m.index)) + 1;
      // (after a word for what it is: 中国首家数字货币交易所“X”(Latin)诞生于2011年，由…创立)
      const subject = orgs.find((o) => o.start >= sentenceStart && o.end <= m.index);
      if (subject?.ref?.label === "Company" && subject.start - sentenceStart <= 16) firms = [subject];
    }
    if (!firms.length) continue;
    const respectively = text.slice(firms.at(-1)!.end, m.index).includes("分别");
    // (each name may follow a word for what the founder was: 由温州商人A与技术爱好者B共同创立)
    const names = listedNames(m[1]!, m.index + 1, /[和与、]/).map(({ name, start }) => {
      const described = name.match(FOUNDER_DESCRIBED);
      return described
        ? { name: name.slice(described[0].length), start: start + described[0].length }
        : { name, start };
    });
    const together = /^(?:共同|联合)/.test(text.slice(m.index + 1 + m[1]!.length));
    if (respectively ? names.length !== firms.length : names.length !== 1 && !together) continue;
    const title = /创|成立/.test(m[2]!) ? "创始人" : "负责人";
    for (const [k, { name, start }] of names.entries()) {
      if (!isName(name) || overlapsChosen(start, start + name.length)) continue;
      const firm = respectively ? firms[k]! : firms.at(-1)!;
      const p = personCand(name, start, [{ org: firm, title, former: false }]);
      if (p) out.push(p);
    }
  }
  return out;
}

/**
 * People a report names by a pseudonym it marks as one (资深人士杨从（化名）表示, 玩家小武（化名）): a person of that name, with
 * no post.
 * @example pseudonyms("业内人士杨从（化名）表示，…", [])[0].ref.name === "杨从"
 */
export function pseudonyms(text: string, chosen: Cand[]): Cand[] {
  const out: Cand[] = [];
  const count = (s: string): number => text.split(s).length - 1;
  for (const m of text.matchAll(/[(（]化名[)）]/g)) {
    // (a surname and a form of address, 王女士（化名）: no name is given, the person is not named)
    if (/(?:女士|先生|小姐|老人|大爷|阿姨|师傅)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // (a two-character name the text writes more often than the three-character reading is the name: 经销商鲁克（化名）…
    // 鲁克认为, not 商鲁克)
    const two = text.slice(m.index - 2, m.index);
    // (a familiar name, 小武（化名）, 老王（化名）: 小, 老 or 阿 and one character, when no surname stands before: 刘小军)
    if (
      /^[小老阿][\u4e00-\u9fff]$/.test(two) &&
      !isName(text.slice(m.index - 3, m.index)) &&
      !chosen.some((c) => c.start < m.index && m.index - 2 < c.end)
    ) {
      out.push(plainPerson(m.index - 2, two, 5));
      continue;
    }
    const lengths = count(two) > count(text.slice(m.index - 3, m.index)) ? [2] : [3, 2];
    for (const len of lengths) {
      const start = m.index - len;
      const name = text.slice(start, m.index);
      // (the mark vouches for the name: its given name may be a word nameAt stops at, 杨从)
      const surname = COMPOUND_SURNAMES.includes(name.slice(0, 2)) ? 2 : SURNAMES.has(name[0]!) ? 1 : 0;
      if (start < 0 || !surname || name.length - surname < 1 || ![...name].every(isCjk) || name.includes("某"))
        continue;
      if (chosen.some((c) => c.start < m.index && start < c.end)) break;
      const ref: EntityRef = { label: "Person", name, aliases: [], properties: { title: null } };
      out.push({ start, end: m.index, ref, priority: 5, links: [] });
      break;
    }
  }
  return out;
}

/** The firm named most often (the first of those named as often): the one a report is about. */
function mostNamed(firms: Cand[]): Cand | undefined {
  const counts = new Map<string, number>();
  for (const f of firms) counts.set(f.ref!.name, (counts.get(f.ref!.name) ?? 0) + 1);
  let best: Cand | undefined;
  for (const f of firms) if (!best || counts.get(f.ref!.name)! > counts.get(best.ref!.name)!) best = f;
  return best;
}

/** A firm's team named right after the firm, then its members (X创始团队中的A、B; X管理团队成员A). */
const TEAM_MEMBERS =
  /(?:的)?(?:联合)?(?:创始|创业|管理|高管)团队(?:成员)?(?:中的|里的|包括|有)?((?:[\u4e00-\u9fff]{2,3}[、和与])*[\u4e00-\u9fff]{2,3}?)(?=[等,，。;；都也已均]|$)/g;
/** A name, then its resignation from a post at the firm (A因个人原因辞去公司董事职务, A辞任X公司总裁一职). */
const RESIGNED =
  /([\u4e00-\u9fff]{2,3}?)(?:因[^,，。;；\n]{1,10}?)?(?:辞去|辞任|卸任)了?(?:(公司)|其在[^,，。;；\n]{2,12}?的)?([\u4e00-\u9fff]{2,8}?)(?:职务|一职|职位)/g;

/**
 * People of a firm in business reports, named without a title before them: the members of its team named right
 * after it (嘉X科技创始团队中的A、B: Persons affiliated with it as 创始人), and a person resigning a post at the company
 * (A因个人原因辞去公司董事职务: affiliated with the firm written in the post, the one the report names most for 公司,
 * else the last one named before; the title the post's). Names must be
 * shaped like names, and no other entity written there.
 */
function firmTeams(text: string, overlapsChosen: (a: number, b: number) => boolean, orgs: Cand[]): Cand[] {
  const out: Cand[] = [];
  const firms = orgs.filter((o) => o.ref?.label === "Company");
  for (const m of text.matchAll(TEAM_MEMBERS)) {
    const firm = firms.find((f) => f.end === m.index);
    if (!firm) continue;
    const title = /创始|创业/.test(m[0]) ? "创始人" : "高管";
    for (const { name, start } of listedNames(m[1]!, m.index + m[0].length - m[1]!.length, /[、和与]/)) {
      if (!isName(name) || overlapsChosen(start, start + name.length)) continue;
      const p = personCand(name, start, [{ org: firm, title, former: false }]);
      if (p) out.push(p);
    }
  }
  for (const m of text.matchAll(RESIGNED)) {
    const name = m[1]!;
    if (!isName(name) || overlapsChosen(m.index, m.index + name.length)) continue;
    // (the name opens its clause)
    if (m.index > 0 && !/[,，。;；:：\s]/.test(text[m.index - 1]!)) continue;
    // the firm written in the post (辞任X集团总裁一职); 公司 there is the firm the report is about, the one it names
    // most (辞去公司董事职务); else the last one named before
    const end = m.index + m[0].length;
    const firm =
      firms.find((f) => f.start > m.index && f.end <= end) ??
      (m[2] ? mostNamed(firms) : firms.filter((f) => f.end <= m.index).at(-1));
    const title = m[3]!.match(TITLE_END)?.[1] ?? m[3]!.match(/(?:独立)?(?:董事|监事|总监|秘书)$/)?.[0];
    if (!firm || !title) continue;
    const p = personCand(name, m.index, [{ org: firm, title, former: true }]);
    if (p) out.push(p);
  }
  return out;
}

/** A Person with no title, found by a rule that reads no post (a speaker, a case's party, a resident or staff member). */
const plainPerson = (start: number, name: string, priority = 4): Cand => ({
  start,
  end: start + name.length,
  ref: { label: "Person", name, aliases: [], properties: { title: null } },
  priority,
  links: [],
});

/**
 * A person a report cites by name alone (据金某明介绍, 据张三透露): a Person with no title, when the name is shaped
 * like one and no other entity is written there.
 */
function reportedSpeakers(text: string, overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(/据([\u4e00-\u9fff]{2,3}?)(介绍|透露|回忆|分析|坦言)/g)) {
    const name = m[1]!;
    const start = m.index + 1;
    if (!isName(name) || overlapsChosen(start, start + name.length) || /[部局委院社网报所厅办队]$/.test(name)) continue;
    out.push(plainPerson(start, name, 5));
  }
  return out;
}

/** The words a quote or a view is given to its speaker with, right after the name (林乐说, 安昌浩认为, 解文涛介绍道, 黎建中叹道). */
const SAYS_ADVERB = "(?:也|还|则|又|曾|亦|更|就)";
const SAYS_VERB = `(?:${SAYING}|强调|回忆|解释|分析|叹道|感叹|笑道|笑称|直言|坦承|补充道)(?![明服为之作师员家人])`;
const SPEAKS = `${SAYS_ADVERB}?${SAYS_VERB}`;
/** A closing quote, then the name of who said it (…。”陈光说。, …”解文涛介绍道). */
const AFTER_QUOTE = new RegExp(`[”」』"]\\s?(?=([\\u4e00-\\u9fff]{2,3}?)${SPEAKS})`, "g");
/** A clause opening with a name of three characters, then what the person says (…，刘小军称，…). */
const OPENS_CLAUSE = new RegExp(`(?:^|[，,。；;：:\\n])(?=([\\u4e00-\\u9fff]{3})${SPEAKS})`, "gm");
/** Who someone is, told in a clause closed by 的, then the name and what the person says (做运维的林乐说). */
const DESCRIBED = new RegExp(`的(?=([\\u4e00-\\u9fff]{2,3}?)${SAYS_ADVERB}?(${SAYS_VERB}))`, "g");
/** Speaking to a reporter or an outlet, or on social media (张三向本报记者表示, 在接受《X》采访时说, Ethan Vera向TechNode称, X在微博上表示). */
const TO_REPORTER = new RegExp(
  `(?:在)?(?:接受|向|对)(?:[^，,。；;]{0,14}?(?:记者|媒体|采访)[^，,。；;]{0,8}?|《[^》]{1,14}》|[A-Z][A-Za-z]+)${SPEAKS}|在(?:其)?(?:个人)?(?:微博|朋友圈|推特|社交媒体|社交平台|微信公众号)上?(?:发文|发帖|撰文)?${SPEAKS}`,
  "g",
);
/** The end of a document's name, no person's: 的文件称, 的通知书指出. */
const DOCUMENT_END = /[书稿件告知文报明章见案则法定令函表单称]$/;
/** A surname with a form of address or a kinship word (王女士说, 李总表示): no name is given. */
const ADDRESSED = /(?:女士|先生|小姐|老师|同学|师傅|阿姨|大爷|[总姐哥叔伯婆爷某])$/;
/** What follows a name a title opens: a verb of saying, a comma, or the words that lead to one (向, 对, 在). */
const NAME_THEN_SAYS = /^(?:认为|表示|指出|称|说|介绍|分析|坦言|告诉|强调|提醒|向|对|在|[，,、])/;
/** Non-official titles written after a name (刘扬律师, 张三教授表示). */
const EXPERT_AFTER_NAME = /(?:律师|教授|副教授|博士|研究员)(?!事务所|协会|行业|界|费|函|团队|学位|生|后)/g;

/**
 * People a report quotes by name with no title (林乐说, 刘小军称, 张三向本报记者表示, 刘扬律师): a Person when the name
 * is shaped like one, no other entity is written there and the construction vouches for it — a closing quote before,
 * a clause's start (three characters), a describing clause closed by 的 (two characters only with 说), a reporter
 * spoken to, or an expert's title right after.
 */
function quotedSpeakers(text: string, overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  const add = (name: string, start: number): void => {
    if (!isName(name) || ADDRESSED.test(name) || ADVERB_END.test(name) || overlapsChosen(start, start + name.length))
      return;
    out.push(plainPerson(start, name));
  };
  // (a two-character name there only when the text writes it again: a slip of one character, 赵鹞 … ”赵鹤称, is no one new)
  for (const m of text.matchAll(AFTER_QUOTE))
    if (m[1]!.length === 3 || text.indexOf(m[1]!) !== text.lastIndexOf(m[1]!)) add(m[1]!, m.index + m[0].length);
  for (const m of text.matchAll(OPENS_CLAUSE)) add(m[1]!, m.index + m[0].length);
  for (const m of text.matchAll(DESCRIBED)) {
    const name = m[1]!;
    if (DOCUMENT_END.test(name) || (name.length === 2 && m[2] !== "说")) continue;
    add(name, m.index + 1);
  }
  for (const m of text.matchAll(TO_REPORTER)) {
    const latin = text.slice(Math.max(0, m.index - 30), m.index).match(/([A-Z][a-z]+ [A-Z][a-z]+)$/);
    if (latin && personalLatin(latin[1]!)) {
      const start = m.index - latin[1]!.length;
      if (!overlapsChosen(start, m.index) && !/[A-Za-z]/.test(text[start - 1] ?? ""))
        out.push(plainPerson(start, latin[1]!));
      continue;
    }
    // (a preposition right before another is the name's own character: 郑定向对记者表示 is 郑定向)
    const at =
      /[向对]/.test(text[m.index]!) && /^(?:对|向|在|接受)/.test(text.slice(m.index + 1)) ? m.index + 1 : m.index;
    const n = nameEndingAt(text, at, overlapsChosen, /[的，,。；;：:、]/);
    if (n && !ADDRESSED.test(n.name) && !/[面方]$/.test(n.name)) out.push(plainPerson(n.start, n.name));
  }
  for (const m of text.matchAll(EXPERT_AFTER_NAME)) {
    // (a field before the title when a name follows it, 区块链研究员刘洋认为: the name is after)
    const end = m.index + m[0].length;
    if ([3, 2].some((k) => isName(text.slice(end, end + k)) && NAME_THEN_SAYS.test(text.slice(end + k, end + k + 4))))
      continue;
    const n = nameEndingAt(text, m.index, overlapsChosen, /[由和与及、，,。；;：:]/);
    if (n && !ADDRESSED.test(n.name)) out.push(plainPerson(n.start, n.name));
  }
  return out;
}

/** The last character of a body's or a unit's name, no person's (管理处, 办公室). */
const BODY_END = /[处局委厅所办室部会院队站司行社网报组科股]$/;
/** Signing an agreement (签订了《股权转让协议》, 签署合同): its parties are listed right before. */
const SIGNED_AGREEMENT =
  /(?:共同)?(?:签订|签署|订立|签下)了?(?:一份)?[《“]?[^，,。；;《]{0,16}?(?:协议|合同|协定|契约|借条)/g;

/**
 * The parties of an agreement listed before its signing (X企业（以下简称Y）、高哲宇、李斌签订了《…协议》): each listed
 * name shaped like one is a Person, when the list holds at least two parties and no other entity is written there.
 */
function signingParties(text: string, overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(SIGNED_AGREEMENT)) {
    let from = m.index;
    while (from > 0 && !/[，,。；;：:\n]/.test(text[from - 1]!)) from--;
    // (a party's short name defined in brackets is no separator: X（以下简称Y、Z）)
    const list = text.slice(from, m.index).replace(/[（(][^（）()]*[）)]/g, (x) => "\uFFFF".repeat(x.length));
    const items = listedNames(list, from, /[、和与及]/);
    const party = ({ name, start }: { name: string; start: number }): boolean =>
      overlapsChosen(start, start + name.length) || (isName(name) && !ADDRESSED.test(name) && !BODY_END.test(name));
    // (every item a party: a name or another entity, 并与管理处签订… is no list of parties)
    if (items.length < 2 || !items.every(party)) continue;
    for (const { name, start } of items)
      if (!overlapsChosen(start, start + name.length)) out.push(plainPerson(start, name));
  }
  return out;
}

/** A doctrine named after a leader (习近平新时代中国特色社会主义思想, 习近平生态文明思想): the words after the name. */
const DOCTRINE_AFTER = /^[\u4e00-\u9fff]{0,14}?思想/;

/**
 * People the genre names by their name alone (lexicon/people.ts KNOWN_PEOPLE): a Person where no title says more
 * (a post anywhere in the text makes the name an Official everywhere, `unifyPeople`); not a doctrine's name.
 */
function knownPeople(text: string, overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  // (a figure written with the given name too, 埃隆·马斯克: the known name, that form its alias)
  const full: Array<[number, number]> = [];
  for (const [form, name] of KNOWN_FULL_NAMES)
    for (let p = text.indexOf(form); p >= 0; p = text.indexOf(form, p + form.length))
      if (!overlapsChosen(p, p + form.length) && !full.some(([a, b]) => p < b && a < p + form.length)) {
        full.push([p, p + form.length]);
        const c = plainPerson(p, name);
        out.push({ ...c, end: p + form.length, ref: { ...c.ref!, aliases: [form] } });
      }
  for (const name of KNOWN_PEOPLE)
    for (let p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + name.length))
      if (
        !overlapsChosen(p, p + name.length) &&
        !full.some(([a, b]) => p < b && a < p + name.length) &&
        !DOCTRINE_AFTER.test(text.slice(p + name.length, p + name.length + 16))
      )
        out.push(plainPerson(p, name));
  return out;
}

/** The words a court report names the parties of a case with (被告人, 犯罪嫌疑人, 上诉人…). */
const PARTY_WORDS =
  "(?:被告人|被告|犯罪嫌疑人|嫌疑人|上诉人|被上诉人|原告|申请人|被执行人|罪犯|主犯|从犯|首犯|主要犯罪嫌疑人)";
/**
 * A party word, then names joined by 、 or 和, closed by 等, a clause break, the charge (犯, 因, 以, 涉嫌), a plea (上诉称),
 * the other side (原告X与被告…) or the party's claim (驳回原告X的起诉).
 */
const PARTY_LIST = new RegExp(
  `${PARTY_WORDS}((?:[\u4e00-\u9fff]{2,3}?(?:、|和|及|与))*[\u4e00-\u9fff]{2,3}?)(?=[等,，。;；：:]|犯|因|以|涉嫌|被判|一审|二审|共|均|分别|先后|伙同|系|利用|通过|组织|安排|负责|明知|冒充|指使|招募|雇佣|上诉|辩称|供述|诉称|称|诉(?=被告|[^，,。]{2,20}?(?:公司|纠纷|一案))|自\\d|于\\d|在(?=[\u4e00-\u9fff]{2,12}?(?:村|镇|乡|县|区|市|厂|家|公司))|有期徒刑|拘役|管制|无期徒刑|罚金|与(?=被告|被上诉人|被申请人|第三人)|的(?=起诉|诉讼请求|诉请|上诉|申请))`,
  "g",
);
/**
 * A case or a gang named by its first member (张三等10人盗窃案, 张三等5名犯罪嫌疑人, 以张三为首的犯罪团伙), and people
 * written with 等人 (张三等人协助…).
 */
const CASE_LEADER =
  /(?:等\s?(?:\d+|[一二两三四五六七八九十百]+)\s?(?:人|名)(?=[^，,。；;]{0,8}?(?:案|犯罪|嫌疑人|被告人|涉案|团伙))|等人|为首的)/g;
/** Plain words for residents and workers, right before a name (村民张三, 员工李四): the lists below share them. */
const RESIDENTS_AND_WORKERS = "村民|居民|员工|职工|工人|矿工|矿主|矿场主|老板|股东|司机|电工|投资者|投资人|币民|散户";
/** A plain word for who someone is, right before a name (村民张三, 员工李四, 男子王五). */
const PEOPLE_WORD = new RegExp(`(?:${RESIDENTS_AND_WORKERS}|男子|女子|业务员)$`);

/**
 * The parties a court or police report names (被告人陈某甲、李乙等14名被告人…, 被告人王丙犯…罪): each a Person, when
 * every name of the list is shaped like one (an anonymized name, 陈某, makes the list no names) and no other entity is
 * written there.
 */
function caseParties(text: string, overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(PARTY_LIST)) {
    const names = listedNames(m[1]!, m.index + m[0].length - m[1]!.length, /、|和|及|与/);
    // (the party's side, 原告方诉称 / 被告方辩称: 方 there is no surname)
    // (a surname and a form of address, 原告王女士, names nobody)
    if (!names.every(({ name }) => isName(name) && !/^方[诉辩称认提]/.test(name) && !ADDRESSED.test(name))) continue;
    for (const { name, start } of names)
      if (!overlapsChosen(start, start + name.length)) out.push(plainPerson(start, name));
  }
  // (the name right before 等N人…案 or 为首的 stands alone: a clause's start or a word joining it, 的, 对, 以)
  for (const m of text.matchAll(CASE_LEADER)) {
    const n =
      nameEndingAt(text, m.index, overlapsChosen, /[的对将以了是与和及、]/) ??
      nameEndingWhere(text, m.index, overlapsChosen, (ns) => PEOPLE_WORD.test(text.slice(Math.max(0, ns - 3), ns)));
    if (n && !/[某甲乙丙丁]/.test(n.name)) out.push(plainPerson(n.start, n.name));
  }
  return out;
}

/** The words for a firm's staff: after the firm's name (X平台技术人员Y, X公司员工Y) the person works there. */
const FIRM_STAFF =
  "技术人员|工作人员|营销人员|客服人员|运维人员|运营人员|销售人员|管理人员|财务人员|安保人员|员工|职工|高管";
const FIRM_STAFF_WORD = new RegExp(`^(?:${FIRM_STAFF})$`);
/** What may stand between a firm's name and its staff's word: its kind (X平台, X交易所) or 的. */
const FIRM_TO_STAFF = /^(?:平台|交易所|交易平台|矿池|公司|集团)?的?$/;
/**
 * A plain word for a staff member or a resident right before a name (技术人员王五, 稽查人员周六, 村民张三), or a space
 * between as a broadcast's caption sets them (保卫部工作人员 韩某某：).
 */
const STAFF_BEFORE = new RegExp(
  `(?:${FIRM_STAFF}|稽查人员|从业人员|${RESIDENTS_AND_WORKERS})(?= ?[\\u4e00-\\u9fff])`,
  "g",
);
/**
 * The words a plain word for people opens (居民区, 居民点, 居民楼, 村民小组, 员工宿舍, 职工食堂, 股东权利, 员工权益, 投资者关系): no
 * name follows.
 */
const STAFF_COMPOUND =
  /^(?:区|点|楼|户|家|委|小组|小区|宿舍|食堂|代表|群众|组|权利|权益|利益|福利|待遇|收入|关系|保护|教育)/;
/** What follows such a name: a verb of the story or a clause's break. */
const AFTER_STAFF_NAME =
  /^(?:因|和|与|通过|正在|表示|说|介绍|称|发现|在|被|等|已|曾|也|告诉|透露|坦言|回忆|认为|指出|[，,。：:])/;

/**
 * A person named right after a plain word for who they are (Plustoken平台技术人员王五因…获刑, 营销稽查人员周六和同事…):
 * a Person with no title, when a verb of the story or a clause's break follows the name.
 */
function staffNamed(text: string, overlapsChosen: (a: number, b: number) => boolean, orgs: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(STAFF_BEFORE)) {
    const at = m.index + m[0].length + (text[m.index + m[0].length] === " " ? 1 : 0);
    // (a word the plain word opens is no name after it: 居民区内, 居民点, 村民小组, 员工宿舍)
    if (STAFF_COMPOUND.test(text.slice(at, at + 2))) continue;
    const name = nameAt(text, at);
    if (!name || !isName(name) || /[某甲乙丙丁]/.test(name) || overlapsChosen(at, at + name.length)) continue;
    if (!AFTER_STAFF_NAME.test(text.slice(at + name.length, at + name.length + 2))) continue;
    // (a firm's staff word after the firm's name, Plustoken平台技术人员王五: the person works at the firm)
    const firm = FIRM_STAFF_WORD.test(m[0])
      ? orgs.find(
          (o) => o.ref?.label === "Company" && o.end <= m.index && FIRM_TO_STAFF.test(text.slice(o.end, m.index)),
        )
      : undefined;
    const p = firm ? personCand(name, at, [{ org: firm, title: m[0], former: false }]) : null;
    out.push(p ?? plainPerson(at, name));
  }
  // a name after its bearer's age (41岁的李碧显得…, 现年45岁的王五是…): a Person; a place (30岁的张家口人) is none
  for (const m of text.matchAll(AGE_BEFORE)) {
    const at = m.index + m[0].length;
    const name = nameAt(text, at);
    if (!name || !isName(name) || /[某甲乙丙丁]/.test(name) || overlapsChosen(at, at + name.length)) continue;
    if (divisionAt(text, at, null)) continue;
    out.push(plainPerson(at, name));
  }
  return out;
}

/**
 * An embedded post's signature on a line of its own, as a page copies a tweet (— Colin Wu (@WuBlockchain) October 16,
 * 2020): its author, a Person when the name is a person's (two or three capitalised words, no firm's word); an
 * account named like a firm (Binance) is left.
 */
const POST_SIGNATURE =
  /^[ \t]*[—–-]{1,2}\s?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\s?(?:[(（][^()（）\n]{1,30}[)）]\s?)?[(（]@\w{1,30}[)）]\s+(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}[ \t]*$/gm;

function tweetAuthors(text: string, overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(POST_SIGNATURE)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    if (personalLatin(name) && !overlapsChosen(start, start + name.length)) out.push(plainPerson(start, name));
  }
  return out;
}

/** A person's age written right before their name (41岁的, 现年四十五岁的). */
const AGE_BEFORE = /(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s?(?:周)?岁的/g;

/**
 * A name opening a clause of a discipline report, then the sanction it received (2018年10月，王五受到党内警告处分;
 * 王五被开除党籍): an Official, the party member and public servant such reports tell of, with no post of its own.
 */
const SANCTION_RECEIVED =
  /(?:先后|分别|已|也)?受到[^，,。；;]{0,14}?(?:处分|诫勉|问责)|被(?:开除党籍|双开|立案审查|立案调查|留置)/g;
/** What may stand right before such a name: a clause's start, or a date's day or month. */
const BEFORE_SANCTIONED = /(?:^|[，,。；;：:\n]|\d日|\d月)$/;

function sanctionedNamed(text: string, overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(SANCTION_RECEIVED)) {
    for (const len of [2, 3]) {
      const at = m.index - len;
      const name = text.slice(at, m.index);
      if (at < 0 || !BEFORE_SANCTIONED.test(text.slice(Math.max(0, at - 2), at))) continue;
      if (nameAt(text, at) !== name || !isName(name) || /某/.test(name)) continue;
      if (overlapsChosen(at, m.index)) continue;
      const ref: EntityRef = { label: "Official", name, aliases: [], properties: { title: null } };
      out.push({ start: at, end: m.index, ref, priority: 5, links: [] });
      break;
    }
  }
  return out;
}

/** A person's name glossed with its Latin form: the gloss (马斯克(Elon Musk), 孙宇晨（Justin Sun）). */
const LATIN_GLOSS = /\s?[(（]([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})[)）]/g;
/** A plain word for who someone is, or a function word, right before a glossed name (富豪马斯克, 因马斯克). */
const GLOSSED_LEAD = new RegExp(
  `(?:富豪|首富|亿万富翁|富翁|企业家|商人|投资人|投资者|创业者|学者|专家|经济学家|科学家|分析师|议员|工程师|程序员|网红|${RESIDENTS_AND_WORKERS}|[因与和及据由让使被对向是的])$`,
);

/**
 * A person named with a Latin gloss that spells a person's name (富豪马斯克(Elon Musk)与…, 孙宇晨（Justin Sun）表示):
 * a Person with no title, the name starting after a clause's break, a plain word for who they are or a title.
 */
function glossedPeople(text: string, overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  if (!/[(（][A-Z][a-z]+[ -][A-Z]/.test(text)) return out;
  for (const m of text.matchAll(LATIN_GLOSS)) {
    if (!personalLatin(m[1]!)) continue;
    let a = m.index;
    while (a > m.index - 12 && isCjk(text[a - 1])) a--;
    const run = text.slice(a, m.index);
    // (the name after the longest lead word or title the run opens with; the whole run only after a break)
    let pick = -1;
    for (let k = run.length - 2; k >= 0 && pick < 0; k--) {
      const lead = run.slice(0, k);
      const opens = k === 0 ? !isCjk(text[a - 1]) : GLOSSED_LEAD.test(lead) || TITLE_END.test(lead);
      if (opens && run.length - k <= 6 && glossesPerson(run.slice(k), m[1]!)) pick = k;
    }
    if (pick < 0 || overlapsChosen(a + pick, m.index)) continue;
    out.push(plainPerson(a + pick, run.slice(pick)));
  }
  return out;
}

/**
 * The contact a notice names (联系人：张三；电话…, 联系人：省某厅某处张三): a Person, the name closing the field
 * right after a department's name or alone.
 */
function contacts(text: string, overlapsChosen: (a: number, b: number) => boolean, orgs: Cand[]): Cand[] {
  const out: Cand[] = [];
  // (from: where the field's body may start, when a space stands between it and the name)
  const fields: Array<{ field: string; start: number; from?: number }> = [];
  const re = /联系人[:：]\s*([^;；，,。、\s\n:：()（）]{2,30}?)(?=[;；，,。、\s\n(（]|电话|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index + m[0].length - m[1]!.length;
    // a department, a space, the name (联系人：市发展改革委产业处 杨旭 82521666)
    const spaced = text
      .slice(m.index + m[0].length)
      .match(/^[ \t\u3000]+([\u4e00-\u9fff]{2,3})(?=[ \t\u3000;；，,。\n]|\d|$)/);
    if (spaced && /[处科室局办部厅委会司所队组心站]$/.test(m[1]!)) {
      const nameAt = m.index + m[0].length + spaced[0].length - spaced[1]!.length;
      fields.push({ field: m[1]! + spaced[1]!, start: nameAt - m[1]!.length, from: at });
    } else fields.push({ field: m[1]!, start: at });
    // the contacts that follow in the same line, each with its phone (…；省某委某处李四；电话：…)
    const lineEnd = text.indexOf("\n", m.index);
    const rest = text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd);
    const more = /[;；]\s*([^;；，,。、\s:：()（）]{2,30}?)[;；，,]\s*(?:联系)?电话[:：]/g;
    let n: RegExpExecArray | null;
    while ((n = more.exec(rest)))
      fields.push({ field: n[1]!, start: m.index + m[0].length + n.index + n[0].indexOf(n[1]!) });
  }
  for (const { field, start: fieldStart, from } of fields) {
    for (const len of [3, 2]) {
      if (field.length < len) continue;
      const nm = field.slice(field.length - len);
      const before = field.slice(0, field.length - len);
      if (!isName(nm) || (before && !/[处科室局办部厅委会司所队组心站]$/.test(before))) continue;
      const ns = fieldStart + field.length - len;
      if (overlapsChosen(ns, ns + len)) continue;
      // the body written in the field (省能源局节能处李四) is the contact's: a civil servant of a government body
      // holds its office (an Official serving at it)
      const org = orgs
        .filter(
          (o) =>
            o.start >= (from ?? fieldStart) && o.end <= ns && (o.ref?.label === "Agency" || o.ref?.label === "Company"),
        )
        .at(-1);
      const official = org?.ref?.label === "Agency" && org.role === "gov";
      const ref: EntityRef = {
        label: official ? "Official" : "Person",
        name: nm,
        aliases: [],
        properties: { title: null },
      };
      out.push({
        start: ns,
        end: ns + len,
        ref,
        priority: 5,
        links: org?.ref
          ? [{ type: official ? "SERVES_AT" : "AFFILIATED_WITH", from: ref, to: org.ref, properties: { title: null } }]
          : [],
      });
      break;
    }
  }
  return out;
}

/**
 * The name of three or two characters that ends at `end` (three tried first), where `stands(start)` holds of what is
 * before it, and no span already chosen over it.
 */
function nameEndingWhere(
  text: string,
  end: number,
  overlapsChosen: (a: number, b: number) => boolean,
  stands: (start: number) => boolean,
): { name: string; start: number } | null {
  for (const len of [3, 2]) {
    const ns = end - len;
    const nm = text.slice(Math.max(0, ns), end);
    if (ns < 0 || !isName(nm) || overlapsChosen(ns, end) || !stands(ns)) continue;
    return { name: nm, start: ns };
  }
  return null;
}

/** The same when the name stands alone: nothing but a character of `joiners` or no CJK character before it. */
const nameEndingAt = (
  text: string,
  end: number,
  overlapsChosen: (a: number, b: number) => boolean,
  joiners: RegExp,
): { name: string; start: number } | null =>
  nameEndingWhere(text, end, overlapsChosen, (ns) => !isCjk(text[ns - 1]) || joiners.test(text[ns - 1]!));

/** A post held while something happened: [name](在)担任|任职|任[body][title]期间|时|任内 (肖毅在担任X市委书记期间). */
const TENURE = /(?:在)?(?:担任|任职|任)([^，,。；;：:、\s]{3,30}?)(?:期间|任内|时)/g;

/**
 * An official named by the post held while what the sentence tells happened (该案与张三任职X市委书记期间有关): the body
 * and title between the verb and 期间 are a former post (SERVES_AT), the name right before the verb is the official's.
 */
export function tenures(text: string, orgs: Cand[], overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(TENURE)) {
    const innerStart = m.index + m[0].indexOf(m[1]!);
    const innerEnd = innerStart + m[1]!.length;
    const org = orgs.filter((o) => o.start === innerStart && o.end < innerEnd && o.ref?.label === "Agency")[0];
    if (!org) continue;
    const title = text.slice(org.end, innerEnd);
    if (title.length > 8 || !(OFFICIAL_END.test(title) || /^.长$/.test(title)) || /[的在是了]/.test(title)) continue;
    // (the name stands alone: a clause's start, or a word that joins it to what it did: 与, 和, 对, 是)
    const n = nameEndingAt(text, m.index, overlapsChosen, /[与和对是因将据在]/);
    const p = n && personCand(n.name, n.start, [{ org, title, former: true }]);
    if (p && p.ref?.label === "Official") out.push(p);
  }
  return out;
}

/** A title right after a body (的 between or not), then the end of a clause or a 是 naming who holds it. */
const TITLE_AFTER_ORG = new RegExp(`^的?${ANY_TITLE}(?=[，,。；;、]|是|为)`);
/** The posts of a portrait's lead after the body: 原/前, the party group's seat, then the title (原党组成员、副主席). */
const BIO_POSTS = new RegExp(
  `^(原|前)?((?:党组成员|党组书记|党组副书记|党委委员|党委书记|党委副书记)、)?${ANY_TITLE}(?=[，,。；;])`,
);
/**
 * The post a portrait's lead names after the body, read up to `to` (X原党组成员、副主席): null when no public title
 * is there.
 */
function leadPost(text: string, org: Cand, to: number): Post | null {
  const m = text.slice(org.end, to).match(BIO_POSTS);
  return m && !GENERIC_PEOPLE.test(m[3]!) ? { org, title: m[3]!, former: !!m[1] } : null;
}
/** Who holds the title, told after it: 是(一个)名叫Y的…, 是Y。 */
const HOLDER_AFTER = /^(?:是|为)(?:一[个名位])?(?:名叫|叫做|名为)?([\u4e00-\u9fff]{2,3}?)(?=[的，,。；;])/;

/**
 * A post stated as a fact, with 是 between the person and the post: Y是X公司的业务员, X公司的法定代表人是(一个名叫)Y(的…).
 * The name stands at a clause's start in the first form; either way it must read as a name.
 */
export function postsStated(text: string, orgs: Cand[], overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const o of orgs) {
    // a portrait's lead: the name opening its sentence, then the body and its posts (肖毅，江西省政协原党组成员、副主席，…)
    // (a career told after it is read with it, by careers)
    const bio =
      /^[，,]$/.test(text.slice(o.start - 1, o.start)) && !CAREER_AFTER_BIO.test(text.slice(o.end, o.end + 40))
        ? leadPost(text, o, o.end + 24)
        : null;
    if (bio) {
      // (the name opens its sentence)
      const n = nameEndingWhere(text, o.start - 1, overlapsChosen, (ns) =>
        /(?:^|[\n。；;！？!?])$/.test(text.slice(Math.max(0, ns - 1), ns)),
      );
      const p = n ? personCand(n.name, n.start, [bio]) : null;
      if (p) {
        out.push(p);
        continue;
      }
    }
    const t = text.slice(o.end, o.end + 16).match(TITLE_AFTER_ORG);
    if (!t || GENERIC_PEOPLE.test(t[1]!)) continue;
    const post: Post = { org: o, title: t[1]!, former: false };
    const after = text.slice(o.end + t[0].length, o.end + t[0].length + 14).match(HOLDER_AFTER);
    if (after && isName(after[1]!)) {
      const ns = o.end + t[0].length + after[0].length - after[1]!.length;
      const p = !overlapsChosen(ns, ns + after[1]!.length) && personCand(after[1]!, ns, [post]);
      if (p) out.push(p);
      continue;
    }
    if (!/^[，,。；;、]/.test(text.slice(o.end + t[0].length, o.end + t[0].length + 1))) continue;
    const verb = text.slice(Math.max(0, o.start - 1), o.start).match(/[是系]$/);
    // (names listed, then 均为/都是: each holds the title, 杨某、黄某均为X的联合创始人)
    const all = text.slice(Math.max(0, o.start - 3), o.start).match(/(?:均|都|皆)(?:是|为|系)$/);
    if (all) {
      // (a comma a page doubled before the list's mark, 杨某,、黄某, does not end the clause)
      const head = text.slice(0, o.start - all[0].length).replace(/[，,](?=、)/g, "、");
      const clause = head.search(/[^，,。；;：:\n]*$/);
      const items = [...head.slice(clause).matchAll(/[^、和与及]+/g)].map((x) => ({
        name: x[0],
        at: clause + x.index!,
      }));
      // (the first may follow the words that introduce the list: 其核心成员杨某、黄某均为…)
      const first = items[0];
      const lead = first ? ([3, 2].map((k) => first.name.slice(-k)).find((x) => x.length >= 2 && isName(x)) ?? "") : "";
      if (first) items[0] = { name: lead, at: first.at + first.name.length - lead.length };
      if (items.length >= 2 && items.every((x) => isName(x.name) && !ADDRESSED.test(x.name)))
        for (const x of items) {
          const p = !overlapsChosen(x.at, x.at + x.name.length) && personCand(x.name, x.at, [post]);
          if (p) out.push(p);
        }
      continue;
    }
    // (the name opens its clause)
    const n = verb ? nameEndingAt(text, o.start - 1, overlapsChosen, /[，,。；;、]/) : null;
    const p = n && personCand(n.name, n.start, [post]);
    if (p) out.push(p);
  }
  return out;
}

/** What follows a body in a speaker's caption: its unit (刑侦九队, 治安支队) after a space, then the name and a colon. */
const CAPTION_AFTER_BODY =
  /^[ \t]+(?:([\u4e00-\u9fff]{1,8}?(?:大队|中队|支队|队|科|所|处|室|组|中心|站))[ \t]+)?([\u4e00-\u9fff]{2,3})[ \t]*[:：]/;

/**
 * What follows a police body inside a sentence when one of its officers speaks: the squad, the name, a verb of saying
 * (X分局刑侦九队张三认为): the same caption, run into the sentence.
 */
const SQUAD_SPEAKER_AFTER_BODY = new RegExp(
  `^((?:[\\u4e00-\\u9fff]{2}(?:总队|支队|大队|中队)|[\\u4e00-\\u9fff]{2}[一二三四五六七八九十]{1,3}中?队))([\\u4e00-\\u9fff]{2,3}?)(?=${SAYING})`,
);

/**
 * A speaker's caption in a broadcast transcript, a line opening with the body, its unit and the name, the words said
 * after a colon (X市公安局 刑侦九队 张三：…): an official of that body.
 */
function captions(text: string, orgs: Cand[], overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const o of orgs) {
    if (o.role !== "gov") continue;
    const lineStart = /^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", o.start - 1) + 1, o.start));
    const after = text.slice(o.end, o.end + 24);
    const m = (lineStart ? after.match(CAPTION_AFTER_BODY) : null) ?? after.match(SQUAD_SPEAKER_AFTER_BODY);
    if (!m || !isName(m[2]!)) continue;
    const ns = o.end + m[0].indexOf(m[2]!, m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
    if (overlapsChosen(ns, ns + m[2]!.length)) continue;
    const ref: EntityRef = { label: "Official", name: m[2]!, aliases: [], properties: { title: m[1] ?? null } };
    out.push({
      start: ns,
      end: ns + m[2]!.length,
      ref,
      priority: 5,
      links: [{ type: "SERVES_AT", from: ref, to: o.ref!, properties: { title: m[1] ?? null, former: false } }],
    });
  }
  return out;
}

/** A public title closing a bracket after the body (…巡视组组长）, …局局长）). */
const TITLE_CLOSING = new RegExp(`^(${[...OFFICIAL_TITLES].sort((a, b) => b.length - a.length).join("|")})[)）]`);

/**
 * A name with its post in brackets right after it, as an interview's or a documentary's caption writes it
 * (杨正超（时任中央第六巡视组组长）说, 张伟（某县发改局局长）表示): an official of that body, a former post after
 * 时任, 原 or 前.
 */
function bracketedPosts(text: string, orgs: Cand[], overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const o of orgs) {
    if (o.role !== "gov") continue;
    const title = TITLE_CLOSING.exec(text.slice(o.end, o.end + 8));
    if (!title) continue;
    const lead = /[(（](时任|现任|原|前)?[^()（）\n]{0,8}$/.exec(text.slice(Math.max(0, o.start - 10), o.start));
    const listed = lead ? null : datedPostsBefore(text, o, orgs);
    if (!lead && !listed) continue;
    const open = lead ? o.start - lead[0].length : listed!.open;
    const n = nameEndingAt(text, open, overlapsChosen, /[，,。；;：:、和与及是\n]/);
    if (!n || n.start + n.name.length !== open) continue;
    const former = lead ? !!lead[1] && lead[1] !== "现任" : listed!.former;
    const posts = [...(listed?.posts ?? []), { org: o, title: title[1]!, former }];
    const p = personCand(n.name, n.start, posts);
    if (p) out.push(p);
  }
  return out;
}

/** A title, then the list's 、 (江西省委常委、): a post the bracket lists before its last. */
const TITLE_THEN_LIST = new RegExp(`^${ANY_TITLE}、`);

/** A bracket's opening that dates the posts after it (（2003年9月至2010年10月任, （2019年起任, （时任). */
const DATED_OPENING =
  /^[(（](?:(时任|现任|原|前)|\d{4}年(?:\d{1,2}月)?(?:(至|到|—|-)(\d{4}年(?:\d{1,2}月)?|今)|起)?(?:任|担任)?)/;

/**
 * The posts a bracket lists before its last (（2003年9月至2010年10月任江西省委常委、赣州市委书记）): the bracket's
 * opening, each earlier body with its title, and whether they are past (a range that ends, 时任, 原).
 */
function datedPostsBefore(
  text: string,
  last: Cand,
  orgs: Cand[],
): { open: number; posts: Post[]; former: boolean } | null {
  const open = Math.max(text.lastIndexOf("(", last.start), text.lastIndexOf("（", last.start));
  if (open < 0 || last.start - open > 60 || /[)）\n]/.test(text.slice(open, last.start))) return null;
  const opening = DATED_OPENING.exec(text.slice(open, last.start));
  if (!opening) return null;
  const former = (!!opening[1] && opening[1] !== "现任") || (!!opening[2] && opening[3] !== "今");
  const posts: Post[] = [];
  let at = open + opening[0].length;
  for (const o of orgs.filter((o) => o.start >= at && o.end <= last.start)) {
    if (o.start !== at || o.role !== "gov") return null;
    const t = TITLE_THEN_LIST.exec(text.slice(o.end, o.end + 12));
    if (!t) return null;
    posts.push({ org: o, title: t[1]!, former });
    at = o.end + t[0].length;
  }
  return at === last.start ? { open, posts, former } : null;
}

/** Public titles written after a name (王江阳副处长带队, 由李强局长主持), longest first. */
const TITLE_AFTER_NAME = new RegExp(
  `(${[...OFFICIAL_TITLES]
    // (a staff word is no title a name stands before: 党员干部X, not 党员 the 干部)
    .filter((t) => t.length >= 2 && !/委员|常委|成员|干部|科员/.test(t))
    .sort((a, b) => b.length - a.length)
    .join("|")})(?=[\u4e00-\u9fff，,、])`,
  "g",
);
/** What a name before a title is not: a body's or a level's word (党委书记, 国家主席, 中心主任). */
const NOT_NAME_BEFORE_TITLE =
  /^(国家|中央|全国|党委|党组|常务|执行|名誉|荣誉|首席|行政|中心|办公|人大|政协)|[委局厅处科部办院所队会组站司市省县区镇乡村]$/;

/**
 * A name with the public title after it, as a meeting report writes it (会上，王江阳副处长传达…, 由王江阳处长带队): an
 * official, of the body written right before the name when there is one (X管理处王江阳处长).
 */
function namesBeforeTitles(text: string, orgs: Cand[], overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(TITLE_AFTER_NAME)) {
    const t = m.index!;
    const org = orgs.find((o) => o.role === "gov" && o.end <= t && o.end >= t - 3);
    const n = nameEndingAt(text, t, overlapsChosen, /[由和与及、，,。；;：:请经向]/);
    const named =
      n ?? (org && isName(text.slice(org.end, t)) ? { name: text.slice(org.end, t), start: org.end } : null);
    if (!named || NOT_NAME_BEFORE_TITLE.test(named.name) || (org && org.end !== named.start)) continue;
    if (overlapsChosen(named.start, named.start + named.name.length)) continue;
    const p = personCand(named.name, named.start, [{ org: org ?? null, title: m[1]!, former: false }]);
    if (p) out.push(p);
  }
  return out;
}

const CAREER_VERB = /(历任|曾任|先后任|先后担任|曾担任|现任|兼任|升任|转任|调任|出任)/g;
/** A career told in the same sentence after a portrait's lead (…副主席，曾任…): read with the lead by careers. */
const CAREER_AFTER_BIO = new RegExp(`^[^。！？!?\\n]*?${CAREER_VERB.source}`);

/**
 * A person whose career is told after the name: 张三，男，…，历任A县委书记、B市副市长… / 张三曾任…. The name opens
 * the sentence; each body after the career word followed by a public title is a post (an Official with one
 * SERVES_AT per body).
 */
export function careers(text: string, orgs: Cand[], overlapsChosen: (a: number, b: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(CAREER_VERB)) {
    let cs = m.index;
    while (cs > 0 && !/[。！？!?\n]/.test(text[cs - 1]!) && m.index - cs < 80) cs--;
    while (/[\s\u3000]/.test(text[cs] ?? "")) cs++;
    const name = nameAt(text, cs);
    if (!name || !isName(name) || overlapsChosen(cs, cs + name.length)) continue;
    if (!/^([,，、是(（]|曾|历|先|现|兼)/.test(text.slice(cs + name.length, cs + name.length + 1))) continue;
    const verbEnd = m.index + m[0].length;
    const sentenceEnd = text.slice(verbEnd, verbEnd + 400).search(/[。！？!?\n]/);
    const stop = sentenceEnd < 0 ? text.length : verbEnd + sentenceEnd;
    const after = orgs.filter((o) => o.start >= verbEnd && o.end <= stop && o.ref?.label === "Agency");
    const posts: Post[] = [];
    // (the post the portrait's lead names before the career: 张三，X省政协原副主席，曾任…)
    const lead = orgs.find((o) => o.start === cs + name.length + 1 && o.end < m.index && o.ref?.label === "Agency");
    const first = lead && /^[，,]$/.test(text[cs + name.length]!) ? leadPost(text, lead, m.index) : null;
    if (first) posts.push(first);
    for (const [k, o] of after.entries()) {
      const next = k + 1 < after.length ? after[k + 1]!.start : stop;
      const t = text
        .slice(o.end, next)
        .split(/[、,，;；\s]/)[0]!
        .replace(/(等)?职务?$/, "");
      if (!t || t.length > 12 || !(OFFICIAL_END.test(t) || /^.长$/.test(t))) continue;
      posts.push({ org: o, title: t, former: /^(历任|曾任|先后|曾担任)/.test(m[0]) });
    }
    if (!posts.length) continue;
    const p = personCand(name, cs, posts);
    if (p?.ref?.label === "Official") out.push(p);
  }
  return out;
}
