/**
 * A deterministic, seeded corpus of articles of the genre for benchmarks:
 * regulatory news on China's crackdown on cryptocurrency mining and trading,
 * composed from this file's own sentence templates and the project's
 * vocabularies (provinces and prefectures from the GB/T 2260 divisions,
 * central agencies and local agency suffixes, companies of the sector,
 * official titles, countries). About 20% of the articles are converted to
 * Traditional characters (opencc-js); formats are .txt with YAML front matter,
 * .html and .md, in nested folders (outlet/year/month). ~3 KB per article.
 * Written to a temp directory; never committed.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { DIVISIONS, provinceOf } from "../ingest/lexicon/divisions.js";
import { AGENCIES, LOCAL_SUFFIXES } from "../ingest/lexicon/agencies.js";
import { COMPANIES } from "../ingest/lexicon/companies.js";
import { COUNTRIES } from "../ingest/lexicon/countries.js";
import { rng } from "./synthetic.js";

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(
    "",
  );
const GIVEN =
  "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘".split(
    "",
  );
const TITLES = ["局长", "副局长", "厅长", "副厅长", "主任", "副主任", "行长", "副行长", "司长", "副司长"];
const OUTLETS = [
  "财联社",
  "新华社",
  "证券时报",
  "第一财经",
  "21世纪经济报道",
  "中国证券报",
  "澎湃新闻",
  "经济观察报",
  "界面新闻",
];
const MEASURE_TOPICS = [
  "虚拟货币“挖矿”活动",
  "虚拟货币交易炒作风险",
  "比特币挖矿项目",
  "数据中心能耗",
  "高耗能行业",
  "虚拟货币相关非法金融活动",
  "利用虚拟货币洗钱",
  "矿场违规用电",
];
const MEASURE_HEADS = [
  "关于清理整顿",
  "关于全面关停",
  "关于进一步防范和处置",
  "关于坚决打击",
  "关于开展排查",
  "关于严厉整治",
];
const MEASURE_TAILS = ["的通知", "的通告", "的实施方案", "的工作方案", "的若干措施", "的公告"];

/** The sentence templates: {P} province, {C} prefecture, {A} local agency, {G} central agency, {M} measure, {Co} company, {O} official with title, {K} country, {D} date, {N} number. */
const TEMPLATES = [
  "{D}，{A}印发《{M}》，要求对辖区内{Co}等企业开展全面排查。",
  "{A}表示，将对{C}境内的虚拟货币挖矿项目全面关停，相关企业须在{N}日内完成整改。",
  "据了解，{G}此前已明确要求各地加强对虚拟货币挖矿活动的监管。",
  "{O}在新闻发布会上指出，{P}将坚决打击利用虚拟货币进行的非法金融活动。",
  "{Co}发布公告称，已暂停在中国大陆地区的相关业务，并计划迁往{K}。",
  "{D}，{G}联合{A}召开专题会议，部署整治虚拟货币“挖矿”活动。",
  "受此影响，{Co}旗下位于{C}的矿场已于近日停止运行，涉及矿机约{N}台。",
  "{A}对{Co}处以罚款，并责令其立即停止违规用电行为。",
  "{O}接受采访时表示，{C}已关停虚拟货币挖矿项目{N}个。",
  "业内人士认为，{P}此轮整治力度空前，矿工纷纷寻求出海，{K}成为主要目的地之一。",
  "《{M}》提出，严禁新建虚拟货币挖矿项目，存量项目有序退出。",
  "{G}有关负责人表示，虚拟货币不具有与法定货币等同的法律地位，相关业务活动属于非法金融活动。",
  "根据《{M}》，{P}各地要于{D}前完成对虚拟货币挖矿项目的清理工作。",
  "{A}会同电网企业对{C}的{N}个疑似矿场进行了现场核查。",
  "{Co}相关负责人称，公司将积极配合{A}的整改要求。",
  "此前，{G}等部门已多次发布风险提示，提醒公众警惕虚拟货币交易炒作风险。",
  "{O}强调，各级部门要压实属地责任，防止挖矿活动死灰复燃。",
  "记者从{A}获悉，截至{D}，{P}已累计清理关停挖矿项目{N}个。",
];
/** Background sentences with no named entity, as real reports have between the facts. */
const BACKGROUND = [
  "业内人士指出，虚拟货币价格波动剧烈，投资者需警惕相关风险。",
  "有分析认为，挖矿活动耗能巨大，与碳达峰、碳中和目标相悖。",
  "据统计，一台矿机每天耗电量相当于一个普通家庭数月的用电量。",
  "多位受访矿工表示，近期已陆续将矿机打包外运。",
  "虚拟货币交易炒作活动抬头，扰乱经济金融秩序，滋生赌博、非法集资、诈骗、传销、洗钱等违法犯罪活动。",
  "专家提醒，参与虚拟货币投资交易活动存在法律风险，相关损失由投资者自行承担。",
  "一些矿场利用偏远地区电价优势，长期以数据中心名义违规运营。",
  "随着监管趋严，二手矿机价格出现明显下跌。",
  "此次整治行动持续时间长、覆盖范围广，引发市场广泛关注。",
  "有关方面表示，下一步将建立长效机制，巩固整治成果。",
];

const TITLE_TEMPLATES = [
  "{P}全面清理虚拟货币挖矿项目",
  "{A}出台新规整治虚拟货币“挖矿”",
  "{G}：坚决打击虚拟货币交易炒作",
  "{Co}宣布退出中国市场 矿工加速出海",
  "{C}关停{N}个比特币矿场",
];

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Share of articles converted to Traditional characters (default 0.2). */
  traditional?: number;
  /** Sentences per article (default 24: about 3 KB). */
  sentences?: number;
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

interface Vocab {
  provinces: Array<{ name: string; prefectures: string[]; short: string }>;
  central: string[];
  companies: string[];
  countries: string[];
  suffixes: string[];
}

/** Provincial bodies that run the crackdown (their written forms come from the agency lexicon). */
const CRACKDOWN_BODIES = ["发展和改革委员会", "工业和信息化厅", "能源局", "公安厅", "通信管理局", "地方金融监督管理局"];

let vocab: Vocab | null = null;
function vocabulary(): Vocab {
  if (vocab) return vocab;
  const provinces = DIVISIONS.filter((d) => d.level === "province" && !/^(71|81|82)/.test(d.code)).map((p) => ({
    name: p.name,
    short: p.forms.filter((f) => f !== p.name).sort((a, b) => a.length - b.length)[0] ?? p.name,
    prefectures: DIVISIONS.filter(
      (d) => d.level === "prefecture" && provinceOf(d).code === p.code && !/^(市辖区|县)$/.test(d.name),
    ).map((d) => d.name),
  }));
  vocab = {
    provinces,
    central: AGENCIES.filter((a) => a.level === "central").map((a) => a.name),
    companies: COMPANIES.filter((c) => ["exchange", "mining", "pool"].includes(c.sector)).map((c) => c.name),
    countries: COUNTRIES.map((c) => c.name),
    suffixes: LOCAL_SUFFIXES.filter((x) => CRACKDOWN_BODIES.includes(x.canonical)).flatMap((x) => x.forms.slice(0, 2)),
  };
  return vocab;
}

function article(rand: () => number, index: number, sentences: number) {
  const v = vocabulary();
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const prov = pick(v.provinces);
  const pref = prov.prefectures.length ? pick(prov.prefectures) : prov.name;
  const agencies = [0, 1, 2].map(() => `${rand() < 0.5 ? prov.name : prov.short}${pick(v.suffixes)}`);
  const year = 2017 + Math.floor(rand() * 6);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const measure = `${prov.short}${pick(MEASURE_HEADS)}${pick(MEASURE_TOPICS)}${pick(MEASURE_TAILS)}`;
  const official = `${pick(TITLES)}${pick(SURNAMES)}${pick(GIVEN)}${rand() < 0.5 ? pick(GIVEN) : ""}`;
  const fill = (t: string) =>
    t
      .replace(/\{P\}/g, () => prov.name)
      .replace(/\{C\}/g, () => pref)
      .replace(/\{A\}/g, () => pick(agencies))
      .replace(/\{G\}/g, () => pick(v.central))
      .replace(/\{M\}/g, () => measure)
      .replace(/\{Co\}/g, () => pick(v.companies))
      .replace(/\{O\}/g, () => `${pick(agencies)}${official}`)
      .replace(/\{K\}/g, () => pick(v.countries))
      .replace(/\{D\}/g, () => `${year}年${1 + Math.floor(rand() * 12)}月${1 + Math.floor(rand() * 28)}日`)
      .replace(/\{N\}/g, () => String(2 + Math.floor(rand() * 300)));
  const body: string[] = [];
  for (let i = 0; i < sentences; i++) body.push(rand() < 0.4 ? pick(BACKGROUND) : fill(pick(TEMPLATES)));
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3).join(""));
  return {
    title: `${fill(pick(TITLE_TEMPLATES))}（${index + 1}）`,
    date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    outlet: pick(OUTLETS),
    paragraphs,
  };
}

type Article = ReturnType<typeof article>;

function render(a: Article, format: "txt" | "html" | "md"): string {
  if (format === "html")
    return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${a.title}</title>\n<meta name="date" content="${a.date}"></head>\n<body><h1>${a.title}</h1>\n<div class="meta">${a.outlet} ${a.date}</div>\n${a.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}\n</body></html>\n`;
  const fm = `---\ntitle: '${a.title}'\ndate: ${a.date}\nsource: ${a.outlet}\n---\n`;
  if (format === "md") return `${fm}\n# ${a.title}\n\n${a.paragraphs.join("\n\n")}\n`;
  return `${fm}${a.paragraphs.join("\n")}\n`;
}

/**
 * Write `articles` articles under a new temp directory (or `dir`), the same for the same seed.
 * @example generateCorpus({ articles: 50 }).files.length === 50
 */
export function generateCorpus(options: CorpusOptions, dir = mkdtempSync(join(tmpdir(), "kg-corpus-"))): Corpus {
  const { articles, seed = 2021, traditional = 0.2, sentences = 24 } = options;
  const rand = rng(seed);
  const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < articles; i++) {
    let a = article(rand, i, sentences);
    if (rand() < traditional)
      a = { ...a, title: toTraditional(a.title), paragraphs: a.paragraphs.map((p) => toTraditional(p)) };
    const format = (["txt", "txt", "html", "md"] as const)[Math.floor(rand() * 4)]!;
    const folder = join(dir, a.outlet, a.date.slice(0, 4), a.date.slice(5, 7));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `a${String(i).padStart(6, "0")}.${format}`);
    const text = render(a, format);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    files.push(path);
  }
  return { dir, files, bytes };
}

/**
 * Change articles in place, as an editor would: a new sentence at the start and one sentence removed.
 * Returns the changed paths.
 * @example changeArticles(corpus.files.slice(0, 5), 7)
 */
export function changeArticles(paths: string[], seed = 7): string[] {
  const rand = rng(seed);
  for (const p of paths) {
    const text = readFileSync(p, "utf8");
    const added = `更新：${2021 + Math.floor(rand() * 2)}年${1 + Math.floor(rand() * 12)}月，国家能源局再次发出通知，要求各地严禁新建虚拟货币挖矿项目。`;
    // the first sentence of the body's second paragraph goes; a new one opens the body
    const sentences = text.split(/(?<=。)/);
    const drop = Math.min(sentences.length - 2, 4);
    sentences.splice(drop, 1);
    let out = sentences.join("");
    if (p.endsWith(".html")) out = out.replace("<p>", `<p>${added}`);
    else out = out.replace(/\n---\n(\n# [^\n]*\n\n)?/, (m) => `${m}${added}`);
    writeFileSync(p, out);
  }
  return paths;
}
