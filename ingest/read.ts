/**
 * read: bytes of one article file → RawDocument.
 *
 * Handles UTF-8 with or without BOM, CRLF, YAML front matter (title,
 * author/source/outlet, date, url) or none, HTML bodies (reduced to
 * paragraphs with htmlparser2, `<br>` as a break) and plain text. GBK/GB18030
 * input is detected and decoded (with a warning); anything else that is not
 * text is rejected with an Error whose message starts with the path.
 */
import { Parser } from "htmlparser2";
import iconv from "iconv-lite";
import { parse as parseYaml } from "yaml";
import { documentId } from "../schema/index.js";
import type { RawDocument } from "./types.js";

export interface ReadResult {
  document: RawDocument;
  warnings: string[];
}

/** The most frequent Chinese characters (Simplified and Traditional forms): real text is full of them, mis-decoded text is not. */
const COMMON = new Set([
  ..."的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵移灵黨國會說這個們來為發對動經過現開問關時學長實點業從與機當種無進經區體還應變後樣頭義議處軍總統員間歲見話將門數認電兩書結愛給並達產導張聯運親歷團萬專報戰強條題論級識難權師決際傳隊萬費聲資",
]);

/** How much of a decoding's Chinese looks like real text (share of the most common characters). */
function plausibility(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const c of text) {
    if (c >= "\u4e00" && c <= "\u9fff") {
      cjk++;
      if (COMMON.has(c)) common++;
    }
  }
  return cjk >= 4 ? common / cjk : 0;
}

/** Decode bytes as text: UTF-8 (BOM stripped), UTF-16 with a BOM, else GBK/GB18030 or Big5 when one decodes into plausible Chinese; else throw. */
export function decodeText(
  path: string,
  bytes: Uint8Array,
): { text: string; encoding: "utf-8" | "utf-16" | "gbk" | "big5"; warnings: string[] } {
  if (bytes.length === 0) throw new Error(`${path}: empty file`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = iconv.decode(Buffer.from(bytes.subarray(2)), bytes[0] === 0xff ? "utf-16le" : "utf-16be");
    return { text, encoding: "utf-16", warnings: [`${path}: UTF-16 with BOM; decoded`] };
  }
  let nul = 0;
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) if (bytes[i] === 0) nul++;
  if (nul > 0) throw new Error(`${path}: binary file (contains NUL bytes), not a text article`);
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const view = bytes.subarray(start);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(view);
    return { text, encoding: "utf-8", warnings: [] };
  } catch {
    // not UTF-8: try the legacy Chinese encodings and keep the one that reads as Chinese
  }
  const candidates = (["gb18030", "big5"] as const).map((enc) => {
    const text = iconv.decode(Buffer.from(view), enc);
    const bad = (text.match(/[\uFFFD\u0080-\u009f\ue000-\uf8ff]/g) ?? []).length;
    return { enc, text, bad, score: plausibility(text) };
  });
  const best = candidates
    .filter((c) => c.bad <= Math.max(0, c.text.length / 2000))
    .sort((a, b) => b.score - a.score)[0];
  if (best && best.score >= 0.25) {
    const name = best.enc === "gb18030" ? "GBK/GB18030" : "Big5";
    return {
      text: best.text,
      encoding: best.enc === "gb18030" ? "gbk" : "big5",
      warnings: [`${path}: not UTF-8; decoded as ${name}`],
    };
  }
  throw new Error(
    `${path}: not UTF-8, and neither GBK nor Big5 decodes it into readable Chinese (binary or unknown encoding); convert it to UTF-8`,
  );
}

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "tr",
  "section",
  "article",
  "blockquote",
  "pre",
  "table",
  "ul",
  "ol",
  "header",
  "footer",
  "figure",
  "figcaption",
  "hr",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "head"]);

/** Reduce HTML to text paragraphs separated by "\n" (block elements and `<br>` break lines). */
export function htmlToText(html: string): string {
  let out = "";
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        if (BLOCK.has(name)) out += "\n";
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (BLOCK.has(name)) out += "\n";
      },
      ontext(text) {
        if (!skip) out += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return tidyLines(out);
}

/** Trim each line, drop empty ones, collapse inner runs of spaces. */
function tidyLines(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l.length > 0)
    .join("\n");
}

/** Strip Markdown syntax (headings, emphasis, links, images, list and quote markers), keeping the text. */
export function markdownToText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/gm, "")
    .replace(/(\*\*|__|\*|_|`)([^*_`\n]+)\1/g, "$2")
    .replace(/^\s*([-*_]\s*){3,}$/gm, "");
}

const looksLikeHtml = (s: string): boolean =>
  /<(p|div|br|span|strong|h[1-6]|li|table|img|a)\b[^>]*>/i.test(s) && /<\/?(p|div|br)\b/i.test(s);

/** A date-ish front-matter value → YYYY-MM-DD in China time (UTC+8), or null. */
export function isoDateOf(value: unknown): string | null {
  if (value == null || value === "") return null;
  if (value instanceof Date) return shiftToChina(value);
  const s = String(value).trim();
  // a local date (with or without a time but no zone) is taken as written: sources date in China time
  const m = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/);
  if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const t = Date.parse(s);
  if (!Number.isNaN(t))
    return /\d{1,2}:\d{2}/.test(s) ? shiftToChina(new Date(t)) : new Date(t).toISOString().slice(0, 10);
  return null;
}
const shiftToChina = (d: Date): string => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const str = (v: unknown): string | null => (v == null || v === "" ? null : String(v).trim() || null);

/**
 * Read one article.
 * @example read("seeds/000.txt", bytes).document.published === "2021-06-10"
 */
export function read(path: string, bytes: Uint8Array): ReadResult {
  const { text, warnings } = decodeText(path, bytes);
  let src = text.replace(/\r\n?/g, "\n");
  let meta: Record<string, unknown> = {};
  const fm = src.match(/^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(\n|$)/);
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1]!);
      if (parsed != null && typeof parsed !== "object") throw new Error("front matter is not a mapping");
      meta = (parsed ?? {}) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${path}: broken YAML front matter: ${(e as Error).message.split("\n")[0]}`, { cause: e });
    }
    src = src.slice(fm[0].length);
  } else if (/^\s*---[ \t]*\n/.test(src)) {
    throw new Error(`${path}: broken YAML front matter: opening "---" without a closing "---"`);
  }
  const format: RawDocument["format"] = /\.html?$/i.test(path) || looksLikeHtml(src) ? "html" : "text";
  const body =
    format === "html" ? htmlToText(src) : tidyLines(/\.(md|markdown)$/i.test(path) ? markdownToText(src) : src);
  if (!/[\u4e00-\u9fff]/.test(body)) throw new Error(`${path}: no Chinese text in the body (empty or not an article)`);

  let title = str(meta.title);
  if (!title && format === "text") {
    const first = body.split("\n")[0]!;
    if (first.length <= 50 && !/[。！？!?]$/.test(first)) title = first;
  }
  const source = str(meta.source) ?? str(meta.outlet);
  const author = str(meta.author);
  let outlet = source ?? author;
  if (!outlet) {
    const m = body.slice(0, 200).match(/^[《]?([\u4e00-\u9fff]{2,8})[》]?(?:[（(][^）)]*[）)])?讯/m);
    if (m) outlet = m[1]!;
  }
  const published = isoDateOf(meta.date ?? meta.published ?? meta.pubDate);
  const document: RawDocument = {
    id: documentId(path),
    path,
    title,
    outlet,
    author: source ? author : null,
    published,
    dateInferred: false,
    url: str(meta.url) ?? str(meta.link),
    format,
    body,
  };
  return { document, warnings };
}
