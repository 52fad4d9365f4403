/**
 * Bylines and source lines are not mentions: `来源：X`, `（X网 记者 Y 通讯员 Z）`, `责任编辑：Y`, `文/X`, an outlet opening a paragraph (`X专讯`). Each such span
 * becomes a blocker (a candidate without an entity that wins over whatever starts inside it), so an outlet
 * named after a body (`来源：某区人民政府网站`) or a reporter's name never becomes a node. The same holds for the other
 * spans a page writes names in that its story does not tell of: a portal's news channel (`腾讯科技`), a photo's credit
 * (`图：X提供`), a gambling venue's quoted brand (`“俄罗斯娱乐城”`) and a page's chrome.
 */
import { columns, lineSpans } from "../../schema/text.js";
import { isName } from "./people.js";
import type { Cand } from "./shared.js";

const BYLINE =
  /(?:^|(?<=[(（【[\s|｜》]))(?:(来源|稿源|文章来源|信息来源|作者|责任编辑|编辑|记者|通讯员|摄影|供图|出处|审核|校对|撰文)(?:[:：]|\s+(?=[\u4e00-\u9fff]))|文\s?[/／|｜]\s?)[^\n)）】\]。；;]{0,40}/gm;

/**
 * An outlet opening a paragraph as the story's source (`X专讯`, `X讯`, `X报道，`, a site's address after its name,
 * `X(example.com)报道，`): the outlet's name is no mention (a site named after a place or a brand, `某网专讯`,
 * `某交易所报道，根据…`).
 */
const SOURCE_OPENING =
  /^[ \t\u3000]*[^\n，,。；;：:（(“”]{2,14}?(?:[(（][A-Za-z0-9.-]{4,40}[)）])?(?:专讯|讯|报道)(?=$|[\s,，:：])/gm;

/**
 * A source line naming a body itself, not its website or paper (文章来源：康平县财政局, 发布机构：市发展改革委): the body
 * published the page, and is a mention like any other. Its value ends with a body's last character.
 */
const BODY_SOURCE =
  /^(?:来源|文章来源|信息来源)[:：]\s*[\u4e00-\u9fff]{2,24}?[局委厅办院部府署处]\s*(?:$|\s+(?:发布时间|发布日期|更新时间|时间|日期))/;

/**
 * A page's own chrome on a line of its own: a share bar (分享：微博 推特), a site's promoted list (推荐交易所：币安 OKX), a
 * banner in Japanese (a line with a run of kana, a portal's 日本語版 link). Nothing on it is the article's.
 */
const PAGE_CHROME =
  /^[ \t\u3000]*(?:(?:分享(?:到)?|推荐(?:交易所|平台|币种))[ \t]*[:：][^\n]*|[^\n]*[\u3040-\u309f\u30a0-\u30ff]{3}[^\n]*)$/gm;

/**
 * A dateline and byline in brackets after an outlet (《X日报》(杭州,记者 Y)讯, （北京，记者 Y）, （中央社记者Y台北17日电）):
 * the city is where the report was filed, no mention of its own.
 */
const DATELINE_BYLINE =
  /[(（]\s*[\u4e00-\u9fff]{2,6}\s*[,，、 ]\s*(?:本报)?(?:记者|通讯员|特约记者)[^)）\n]{0,30}[)）]|[(（][^()（）\n]{0,12}?记者[^()（）\n]{0,30}?\d{1,2}日电[)）]/g;

/**
 * A wire's dateline opening a line (上海(路透社)——, 北京（法新社）) and a wire's closing byline in brackets (（Samuel Shen
 * 上海报道、Alun John 香港报道；…）): the cities are where the reporters filed from, no mentions.
 */
const WIRE_DATELINE =
  /^[ \t]*[\u4e00-\u9fff]{2,4}\s?[(（](?:路透社?|法新社|美联社|彭博社?|新华社|中新社|中央社|共同社|塔斯社|美通社)[)）]|[(（][A-Z][A-Za-z.-]*(?: [A-Z][A-Za-z.-]*)* ?[\u4e00-\u9fff]{2,4}报道(?:[、,，;；][^()（）\n]{0,120})?[)）]/gm;

/**
 * A portal's news channel (腾讯科技, 新浪财经, 网易科技: tech.qq.com, finance.sina.com.cn, tech.163.com) is an outlet, no
 * firm, wherever it stands (以下为腾讯科技梳理的…); a registered name (腾讯科技（深圳）有限公司) is the firm's.
 */
const PORTAL_CHANNEL =
  /(?:腾讯|新浪|网易|搜狐|凤凰网?|百度|和讯|东方财富)(?:科技|财经|新闻|证券|区块链|汽车)(?:频道|网)?(?![(（]|有限|股份|集团|公司|控股)/g;

/**
 * A gambling or leisure venue named in quotes (“俄罗斯娱乐城”, “意大利贵宾俱乐部”, the sites a gambling case names): a
 * country or a city inside is the venue's brand, no mention of its own.
 */
const QUOTED_VENUE = /[“"「][^“”"「」\n]{1,12}?(?:娱乐城|娱乐场|俱乐部|贵宾厅|贵宾会|会所|赌场|棋牌)[”"」]/g;

/**
 * A photo's credit after its caption (。图：X公安局经侦支队提供, 图/X摄, 图片来源：X): who gave the picture, no mention.
 */
const PHOTO_CREDIT =
  /(?:^|(?<=[。！？!?\s(（【[|｜]))(?:图片来源|图源|图片|配图|图)\s?[:：/／]\s?[^\n。；;：:]{1,30}?(?:提供|供图|摄影?|(?=\n|$))/gm;

/**
 * A republished post's byline on a line of its own, with no word for it (原创 X Y 某律师事务所 2023-10-12 08:00): its
 * authors, their firm or account, and the day it was posted. One author's name at least opens it.
 */
const BARE_BYLINE =
  /^[ \t\u3000]*(?:原创\s+)?((?:[\u4e00-\u9fff]{2,4}\s+){1,4})[\u4e00-\u9fffA-Za-z]{2,20}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$/gm;

/**
 * A site's list of other stories above the article, each headline cut to one width (国务院关于在自由贸易 /
 * 2019中国(河南)自由 / 宁波江北乐辉商贸有限): three lines or more before the body's first long line, each 14–24
 * columns wide, within two columns of each other, none closing a sentence. Nothing on them is the article's.
 */
function cutHeadlines(text: string): Array<[number, number]> {
  const lines: Array<{ start: number; end: number; width: number }> = [];
  for (const line of lineSpans(text)) {
    const body = line.text.trim();
    // (the body starts at the first long line with a clause's break)
    if (body.length >= 40 && /[，,。]/.test(body)) break;
    lines.push({ ...line, width: body && !/[。！？!?；;”」]$/.test(body) ? columns(body) : 0 });
  }
  const spans: Array<[number, number]> = [];
  let run: typeof lines = [];
  const close = (): void => {
    if (run.length >= 3) spans.push(...run.map((l): [number, number] => [l.start, l.end]));
    run = [];
  };
  for (const l of lines) {
    const fits = l.width >= 14 && l.width <= 24;
    if (fits && run.every((r) => Math.abs(r.width - l.width) <= 2)) run.push(l);
    else {
      close();
      if (fits) run.push(l);
    }
  }
  close();
  return spans;
}

/**
 * A page's trailer: the heading of what a site sets after its article, on a line of its own (推荐, 相关新闻, 延伸阅读,
 * 猜你喜欢, 上一篇：X, 发表评论, a bare 关键字), once the article has begun (a hundred characters of it above). What
 * follows is other stories' headlines and leads, tags and comments: none of it is the article's. A paper's keywords
 * with their words (关键词：比特币；监管) head its body, no trailer.
 */
const TRAILER_HEADING =
  /^[ \t\u3000]*[【[]?(?:(?:推荐|相关推荐|推荐阅读|相关阅读|延伸阅读|扩展阅读|相关新闻|相关文章|相关资讯|热门推荐|热门文章|热门资讯|热点推荐|精彩推荐|猜你喜欢|更多阅读|往期回顾|往期推荐|最新文章|最新资讯|大家都在看|发表评论|网友评论|(?:上|下)一篇)[】\]]?[ \t]*(?:[:：][^\n]*)?|(?:关键字|关键词|相关标签|标签)[】\]]?[ \t]*[:：]?[ \t]*)$/m;

/** Where the page's trailer begins (the text's length when it has none). */
export function pageTrailerAt(text: string): number {
  // (where the article's hundredth character ends, read once at the first heading: a heading after it is a trailer's)
  let begun: number | undefined;
  for (const m of text.matchAll(new RegExp(TRAILER_HEADING.source, "gm"))) {
    begun ??= /^(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){100}/.exec(text)?.[0].length ?? Infinity;
    if (m.index >= begun) return m.index;
  }
  return text.length;
}

/**
 * The text with its page trailer blanked (every character after `pageTrailerAt` but line breaks made a space): offsets
 * and lines stay where they were, and no recogniser finds anything there.
 * @example withoutPageTrailer("…article…\n相关新闻\nX省发布通知").endsWith("\n    \n       ")
 */
export function withoutPageTrailer(text: string): string {
  const at = pageTrailerAt(text);
  return at === text.length ? text : text.slice(0, at) + text.slice(at).replace(/[^\n]/g, " ");
}

/** Blocker spans over bylines, source lines and a page's chrome. */
export function bylines(text: string, out: Cand[]): void {
  const block = (start: number, end: number): void => {
    out.push({ start, end, ref: null, priority: 20 });
  };
  for (const [start, end] of cutHeadlines(text)) block(start, end);
  for (const m of text.matchAll(BARE_BYLINE))
    if (m[1]!.trim().split(/\s+/).some(isName)) block(m.index!, m.index! + m[0].length);
  for (const re of [BYLINE, SOURCE_OPENING, DATELINE_BYLINE, PORTAL_CHANNEL, QUOTED_VENUE, PHOTO_CREDIT])
    for (const m of text.matchAll(re))
      if (re !== BYLINE || !BODY_SOURCE.test(m[0])) block(m.index!, m.index! + m[0].length);
  // (a chrome line or a wire's byline may hold several sentences, and a blocker stands within one: a blocker for each)
  for (const m of [...text.matchAll(PAGE_CHROME), ...text.matchAll(WIRE_DATELINE)])
    for (const p of m[0].matchAll(/[^。！？!?；;]+[。！？!?；;]?/g))
      block(m.index! + p.index!, m.index! + p.index! + p[0].length);
}
