/**
 * Measures known by a nickname (924通知 = 《关于进一步防范和处置虚拟货币交易炒作风险的通知》) or by their document number
 * alone (银发〔2021〕237号; source: the documents as published by the People's Bank and the NDRC), and the title endings
 * that classify a 《…》 title.
 */
import type { MeasureKind } from "../../schema/index.js";

/** A document number as written with any of the genre's brackets (银发〔2021〕237号, 银发[2021]237号, 银发（2021）237号). */
const numbered = (prefix: string, year: number, n: number): string[] =>
  ["〔〕", "[]", "［］", "（）", "()", "【】"].map(([o, c]) => `${prefix}${o}${year}${c}${n}号`);

/**
 * `year`: the year the measure was issued (its document number's, or the year it was published in), so that a date a
 * later page gives it with a relative year (今年9月24日 in a 2023 page quoting a 2021 report) keeps its own year.
 */
export const NAMED_MEASURES: Array<{
  name: string;
  aliases: string[];
  kind: MeasureKind;
  year: number;
  /** How many bodies issued it (十部门, 七部委), and the days the press gives it (published, or signed): MM-DD. */
  issuers: number;
  days: string[];
}> = [
  {
    name: "关于进一步防范和处置虚拟货币交易炒作风险的通知",
    // (and by its ten issuers, as the seven issuers name the 2017 announcement)
    aliases: [
      "924通知",
      "924规定",
      "9·24通知",
      "九二四通知",
      "924文件",
      "十部委通知",
      "十部门通知",
      ...numbered("银发", 2021, 237),
    ],
    kind: "notice",
    year: 2021,
    issuers: 10,
    days: ["09-24", "09-15"],
  },
  {
    name: "关于防范代币发行融资风险的公告",
    // (the title as Hong Kong and Taiwan papers often miswrite it, 数字货币 for 代币; and by its seven issuers, as the
    // five issuers name the 2013 notice)
    aliases: [
      "94政策",
      "94公告",
      "九四公告",
      "9·4公告",
      "关于防范数字货币发行融资风险的公告",
      "七部委公告",
      "七部委通知",
      "七部委联合公告",
    ],
    kind: "announcement",
    year: 2017,
    issuers: 7,
    days: ["09-04"],
  },
  {
    name: "关于防范比特币风险的通知",
    aliases: ["五部委联合通知", "五部委通知", ...numbered("银发", 2013, 289)],
    kind: "notice",
    year: 2013,
    issuers: 5,
    days: ["12-05", "12-03"],
  },
  {
    name: "关于防范虚拟货币交易炒作风险的公告",
    aliases: ["三协会公告"],
    kind: "announcement",
    year: 2021,
    issuers: 3,
    days: ["05-18"],
  },
  {
    name: "关于整治虚拟货币“挖矿”活动的通知",
    aliases: numbered("发改运行", 2021, 1283),
    kind: "notice",
    year: 2021,
    issuers: 11,
    days: ["09-24", "09-03"],
  },
];

/**
 * A known measure's date kept in its own year: the same month and day in the year it was issued, when a text gives it
 * another year (a relative year read against a later page's date); none when that day does not exist then.
 */
export function inIssueYear(name: string, date: string): string | null {
  const year = NAMED_MEASURES.find((m) => m.name === name)?.year;
  if (!year || date.slice(0, 4) === String(year)) return date;
  const moved = `${year}${date.slice(4)}`;
  // (29 February rolls over to 1 March in a year without it)
  return new Date(`${moved}T00:00:00Z`).toISOString().slice(0, 10) === moved ? moved : null;
}

/** A notice's addressees on a line of their own before its text (各市、县人民政府，省政府各部门：, 各有关单位：). */
export const ADDRESSEE_LINE = /^[ \t\u3000]*(各[^\n:：。；;]{1,80}?)[:：][ \t\u3000]*$/m;

/** Title endings → kind (checked in order, on the title without a trailing （征求意见稿）). */
export const TITLE_KINDS: Array<[RegExp, MeasureKind]> = [
  // (函: a letter between bodies, 关于调度…情况的函)
  [/(通知|紧急通知|通报|函|复函)$/, "notice"],
  [/(公告|通告|声明|提示|风险提示)$/, "announcement"],
  // (要求: a body's written requirements, 《北京地区…清理整治工作要求》)
  [/(措施|意见|指导意见|实施意见|方案|办法|细则|指引|规划|计划|要点|决议|工作要求)$/, "measures"],
  // 规则/准则: a regulator's rules (供电营业规则, 电力部令 1996 No. 8); a platform's own rules are its 公约/协议, no measure
  [/(规定|暂行规定|条例|法|法典|总则|通则|决定|解释|批复|规则|准则)$/, "law"],
  // (a draft of an edition writes both in one pair of brackets: …目录（2019年本，征求意见稿）)
  [/(目录|清单|名录)(（\d{4}年?[本版](，征求意见稿)?）)?$/, "catalogue"],
  // a meeting named in 《》 (《国务院金融稳定发展委员会第五十一次会议》精神): its decisions, as the rules count them
  [/会议$/, "meeting"],
];

/**
 * Titles in 《》 that are publications or rules of a platform, not measures: papers, a platform's rules, and an
 * analysis's reports (《…发展情况报告》, 《…白皮书》, 《政策环境分析》, 《…排行榜》, 《…》解读; a government's work
 * report, 《政府工作报告》, states policy).
 */
export const NOT_MEASURE_TITLE =
  /(日报|晚报|早报|时报|周刊|杂志|通讯|新闻|报|网|公约|用户协议|交易规则|(?<!工作)报告|白皮书|蓝皮书|分析|研究|综述|展望|解读|排行榜|榜单|Communications|Nature|Science)$/;

/** Words after a 《》 title that make it a publication (《…问题》研究报告, 《…》一书, 《…》白皮书), not a measure. */
export const PUBLICATION_AFTER = /^(研究报告|调研报告|报告|一书|白皮书|蓝皮书|杂志|期刊|专栏|节目|栏目|论文|一文|文章)/;

/**
 * The verbs and adverbs a document's title opens with after 关于 (关于进一步…, 关于整治…, 关于印发…的通知): what makes
 * `关于…的通知` in running text a title rather than a topic (关于虚拟货币的规定 names no document). From the titles
 * of national, provincial and local notices of the genre (2013–2022), by hand.
 */
export const TITLE_OPENERS = [
  "进一步",
  "加强",
  "加快",
  "整治",
  "整顿",
  "防范",
  "做好",
  "开展",
  "规范",
  "推进",
  "推动",
  "切实",
  "严厉打击",
  "打击",
  "清理",
  "促进",
  "完善",
  "建立",
  "健全",
  "防止",
  "禁止",
  "严禁",
  "全面",
  "坚决",
  "深入",
  "明确",
  "印发",
  "发布",
  "公布",
  "转发",
  "调整",
  "支持",
  "落实",
  "贯彻",
  "实施",
  "依法",
  "严格",
  "取缔",
  "处置",
  "化解",
  "提高",
  "暂停",
  "停止",
  "废止",
  "修改",
  "组织",
  "成立",
  "设立",
  "公开",
  "征求",
  "实行",
  "执行",
  "部署",
  "启动",
] as const;

/** Named campaigns written as “X”行动 are recognized by pattern; these words are too generic to be a campaign name. */
export const GENERIC_CAMPAIGN = /^(专项|收网|集中|联合|整治|清理|打击|统一)$/;

/**
 * The edition word a catalogue's issuer uses (产业结构调整指导目录（2019年本）, published by 国家发展改革委令 2019年
 * 第29号 as 年本): a title written with the other word (（2019年版）) is the same catalogue, the written form an alias.
 */
export const CATALOGUE_EDITIONS: Record<string, "本" | "版"> = {
  产业结构调整指导目录: "本",
  // 国家发展改革委令: 部分工业行业淘汰落后生产工艺装备和产品指导目录（2010年本）, 西部地区鼓励类产业目录（2020年本）
  部分工业行业淘汰落后生产工艺装备和产品指导目录: "本",
  西部地区鼓励类产业目录: "本",
  // 国家发展改革委 商务部: 市场准入负面清单（2022年版）, 鼓励外商投资产业目录（2022年版）
  市场准入负面清单: "版",
  鼓励外商投资产业目录: "版",
};

/** The national catalogues above, read by their bare title too (发改委产业结构调整指导目录征求意见稿). */
export const NATIONAL_CATALOGUES = Object.keys(CATALOGUE_EDITIONS);

/**
 * National laws the genre cites by their short name, with or without 《》 (民法典, 刑法第二百二十五条, 违反《网络安全法》):
 * each is the Measure 中华人民共和国 + the short name, the short name an alias, so both spellings are one node. Source:
 * the titles of the laws in the NPC's national database of laws (国家法律法规数据库), those the genre's notices and
 * court reports cite.
 */
export const NATIONAL_LAWS = [
  "民法典",
  "民法总则",
  "民法通则",
  "合同法",
  "物权法",
  "刑法",
  "刑事诉讼法",
  "民事诉讼法",
  "行政处罚法",
  "行政许可法",
  "治安管理处罚法",
  "网络安全法",
  "数据安全法",
  "个人信息保护法",
  "反洗钱法",
  "反电信网络诈骗法",
  "中国人民银行法",
  "商业银行法",
  "银行业监督管理法",
  "证券法",
  "证券投资基金法",
  "保险法",
  "公司法",
  "电力法",
  "节约能源法",
  "可再生能源法",
  "环境保护法",
  "税收征收管理法",
];

const LAW_SET = new Set(NATIONAL_LAWS);

/** Is `name` one of the national laws above, by its short or its full name (刑法, 中华人民共和国刑法)? */
export const isNationalLaw = (name: string): boolean => LAW_SET.has(name.replace(/^中华人民共和国/, ""));

/** A national law's full name (刑法 → 中华人民共和国刑法); any other name unchanged. */
export function nationalLawName(name: string): string {
  return LAW_SET.has(name) ? `中华人民共和国${name}` : name;
}
