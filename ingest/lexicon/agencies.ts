/**
 * Agencies: central bodies and national associations with their short forms,
 * and the suffixes that compose local agencies from a division name
 * (内蒙古 + 发改委 → 内蒙古自治区发展和改革委员会).
 */
import type { AgencyLevel } from "../../schema/index.js";

/** Schema agency levels plus "academic" (universities, academies, their institutes). */
export type AgencyLevelExt = AgencyLevel | "academic";

export interface AgencyEntry {
  name: string;
  aliases: string[];
  level: AgencyLevelExt;
}

/** The words for a place's police (北京警方, 鹽城公安机关), which name its public-security bureau. */
export const POLICE_WORDS = ["警方", "公安机关"] as const;

/**
 * Bodies seated in a division their name does not say, by that division's full name: the central bank's Beijing head
 * office (营业管理部, which the bank's own organisation chart places in Beijing), its Shanghai head office, the
 * Xinjiang Production and Construction Corps and two customs offices named by their port. Read by the relation rules (LOCATED_IN, when the text names the division).
 */
export const AGENCY_SEATS: ReadonlyMap<string, string> = new Map([
  ["中国人民银行营业管理部", "北京市"],
  ["中国人民银行上海总部", "上海市"],
  ["新疆生产建设兵团", "新疆维吾尔自治区"],
  // (and the customs offices named by their port: 拱北 in Zhuhai, 黄埔 in Guangzhou; source: 海关总署 直属海关 list)
  ["拱北海关", "珠海市"],
  ["黄埔海关", "广州市"],
]);

/** Central government and party bodies, regulators and national associations. */
export const AGENCIES: AgencyEntry[] = [
  { name: "中国人民银行", aliases: ["央行", "人民银行", "人行", "中国央行"], level: "central" },
  { name: "国家发展和改革委员会", aliases: ["国家发改委", "国家发展改革委", "发改委", "发展改革委"], level: "central" },
  // (written without 国务院, and without 发展, as reports of its May 2021 meeting do, or with neither 稳定 nor 发展,
  // 国务院金融委员会, as some payment firms' statements of 2021 do; the Financial Stability Board is 金融稳定理事会, and
  // the party's 中央金融委员会 of 2023 is another body, no clash)
  {
    name: "国务院金融稳定发展委员会",
    aliases: ["金融委", "国务院金融委", "金稳委", "金融稳定发展委员会", "金融稳定委员会", "国务院金融委员会"],
    level: "central",
  },
  {
    name: "中央纪委国家监委",
    aliases: [
      "中纪委",
      "中央纪委",
      "国家监委",
      "中央纪律检查委员会",
      "中共中央纪律检查委员会",
      "国家监察委员会",
      "中纪委国家监委",
    ],
    level: "central",
  },
  { name: "国家能源局", aliases: [], level: "central" },
  { name: "工业和信息化部", aliases: ["工信部"], level: "central" },
  { name: "公安部", aliases: [], level: "central" },
  // bare 网信办 is local as often as national: it resolves through the document's locale (LOCAL_SUFFIXES), not here;
  // Hong Kong's and Taiwan's outlets write it 中国网信办
  {
    name: "国家互联网信息办公室",
    aliases: [
      "国家网信办",
      "中国网信办",
      "中央网信办",
      "中央网络安全和信息化委员会办公室",
      "中共中央网络安全和信息化委员会办公室",
    ],
    level: "central",
  },
  // (Hong Kong's papers name the mainland regulators 中银保监, 中银监, 中证监, 中保监: source, their own usage, as 中证监 in
  // 信报/明报/东方日报 reports)
  { name: "中国银行保险监督管理委员会", aliases: ["银保监会", "中国银保监会", "中银保监"], level: "central" },
  { name: "中国银行业监督管理委员会", aliases: ["银监会", "中国银监会", "中银监"], level: "central" },
  { name: "中国证券监督管理委员会", aliases: ["证监会", "中国证监会", "中证监"], level: "central" },
  { name: "国家外汇管理局", aliases: ["外汇局", "国家外汇局", "外管局"], level: "central" },
  { name: "国家金融监督管理总局", aliases: ["金融监管总局"], level: "central" },
  { name: "国家市场监督管理总局", aliases: ["市场监管总局"], level: "central" },
  { name: "国家税务总局", aliases: [], level: "central" },
  { name: "最高人民法院", aliases: ["最高法", "最高院"], level: "central" },
  { name: "最高人民检察院", aliases: ["最高检", "最高检察院"], level: "central" },
  { name: "国务院", aliases: [], level: "central" },
  { name: "国务院办公厅", aliases: ["国办"], level: "central" },
  { name: "中共中央办公厅", aliases: ["中办"], level: "central" },
  { name: "全国人民代表大会常务委员会", aliases: ["全国人大常委会"], level: "central" },
  { name: "国家安全部", aliases: [], level: "central" },
  { name: "审计署", aliases: [], level: "central" },
  { name: "教育部", aliases: [], level: "central" },
  { name: "自然资源部", aliases: [], level: "central" },
  { name: "水利部", aliases: [], level: "central" },
  { name: "财政部", aliases: [], level: "central" },
  { name: "商务部", aliases: [], level: "central" },
  { name: "科学技术部", aliases: ["科技部"], level: "central" },
  { name: "司法部", aliases: [], level: "central" },
  { name: "国家广播电视总局", aliases: ["广电总局"], level: "central" },
  { name: "生态环境部", aliases: [], level: "central" },
  { name: "国有资产监督管理委员会", aliases: ["国资委", "国务院国资委"], level: "central" },
  { name: "中国互联网金融协会", aliases: ["互金协会", "中国互金协会"], level: "association" },
  { name: "中国银行业协会", aliases: ["银行业协会", "中国银行业协会"], level: "association" },
  { name: "中国支付清算协会", aliases: ["支付清算协会"], level: "association" },
  { name: "中国证券业协会", aliases: ["证券业协会"], level: "association" },
  // historical bodies (merged or renamed since; source: the 2018 State Council institutional reform plan, 国务院机构改革方案)
  { name: "中国保险监督管理委员会", aliases: ["保监会", "中国保监会", "中保监"], level: "central" },
  { name: "国家工商行政管理总局", aliases: ["国家工商总局", "工商总局"], level: "central" },
  { name: "国家质量监督检验检疫总局", aliases: ["国家质检总局", "质检总局"], level: "central" },
  { name: "国家食品药品监督管理总局", aliases: ["国家食药监总局"], level: "central" },
  { name: "国家新闻出版广电总局", aliases: ["新闻出版广电总局"], level: "central" },
  { name: "国家电力监管委员会", aliases: ["电监会", "国家电监会"], level: "central" },
  { name: "国家卫生和计划生育委员会", aliases: ["国家卫计委"], level: "central" },
  { name: "工业和信息化部信息化推进司", aliases: [], level: "central" },
  // more bodies merged, renamed or abolished by the reforms of 1998, 2003, 2008, 2013 and 2018 (source: the
  // State Council institutional reform plans of those years, 国务院机构改革方案)
  { name: "国家发展计划委员会", aliases: ["国家计委", "国家计划委员会"], level: "central" },
  { name: "国家经济贸易委员会", aliases: ["国家经贸委"], level: "central" },
  {
    name: "国家经济体制改革委员会",
    aliases: ["国家体改委", "国务院体改办", "国务院经济体制改革办公室"],
    level: "central",
  },
  { name: "国务院法制办公室", aliases: ["国务院法制办"], level: "central" },
  { name: "国务院新闻办公室", aliases: ["国新办", "国务院新闻办"], level: "central" },
  { name: "国务院扶贫开发领导小组办公室", aliases: ["国务院扶贫办"], level: "central" },
  { name: "监察部", aliases: [], level: "central" },
  { name: "国家预防腐败局", aliases: [], level: "central" },
  { name: "国土资源部", aliases: ["国土部"], level: "central" },
  { name: "环境保护部", aliases: ["环保部"], level: "central" },
  { name: "农业部", aliases: [], level: "central" },
  { name: "文化部", aliases: [], level: "central" },
  { name: "卫生部", aliases: [], level: "central" },
  { name: "国家安全生产监督管理总局", aliases: ["安监总局", "国家安监总局"], level: "central" },
  { name: "国家旅游局", aliases: [], level: "central" },
  { name: "中央金融工作委员会", aliases: ["中央金融工委"], level: "central" },
  // party centre and its commissions (source: 深化党和国家机构改革方案, 2018 and 2023)
  // (党中央 beside 国务院, 落实党中央、国务院决策部署, as five read golds name it; alone no node: ../extract/agencies.ts)
  { name: "中国共产党中央委员会", aliases: ["中共中央", "党中央", "中共中央委员会"], level: "central" },
  { name: "中央全面深化改革委员会", aliases: ["中央深改委"], level: "central" },
  { name: "中央网络安全和信息化委员会", aliases: ["中央网信委"], level: "central" },
  { name: "中央政治局", aliases: ["中共中央政治局", "中共政治局"], level: "central" },
  // party organs and special bodies (source: the Party and State institutional reform plans of 2018 and 2023)
  { name: "中央宣传部", aliases: ["中宣部", "中共中央宣传部"], level: "central" },
  { name: "中央组织部", aliases: ["中组部", "中共中央组织部"], level: "central" },
  { name: "中央政法委员会", aliases: ["中央政法委", "中共中央政法委员会"], level: "central" },
  { name: "中央金融委员会", aliases: ["中央金融委"], level: "central" },
  { name: "中央金融委员会办公室", aliases: ["中央金融办"], level: "central" },
  { name: "中央财经委员会", aliases: ["中央财经委"], level: "central" },
  // the leading group itself, whose office is the 整治办 below (source: 国办发〔2016〕21号, as for the local offices)
  {
    name: "互联网金融风险专项整治工作领导小组",
    aliases: [
      "全国互联网金融风险专项整治工作领导小组",
      "国家互联网金融风险专项整治工作领导小组",
      "互联网金融风险专项整治领导小组",
    ],
    level: "central",
  },
  {
    name: "互联网金融风险专项整治工作领导小组办公室",
    aliases: [
      "互金整治办",
      // (named as the national one where a local office is the text's subject: 根据国家互金整治办相关部署)
      "国家互金整治办",
      "全国互金整治办",
      "全国互联网金融风险专项整治工作领导小组办公室",
      "全国互联网金融风险专项整治领导小组办公室",
      "互联网金融风险专项整治领导小组办公室",
      "互联网金融风险专项整治小组办公室",
    ],
    level: "central",
  },
  { name: "处置非法集资部际联席会议", aliases: ["处非联席会议"], level: "central" },
  // a body that is both a party-government organ and a division-like unit (source: 新疆生产建设兵团 white paper, 2014)
  { name: "新疆生产建设兵团", aliases: ["兵团"], level: "provincial" },
  { name: "国家计算机网络应急技术处理协调中心", aliases: ["国家互联网应急中心", "CNCERT"], level: "central" },
  // the network-monitoring institution directly under 工业和信息化部 (not CNCERT), with a branch centre in every
  // province (source: the centre's own list of 省分中心)
  { name: "国家计算机网络与信息安全管理中心", aliases: [], level: "central" },
  { name: "国家工业信息安全发展研究中心", aliases: [], level: "central" },
  // the central bank's directly affiliated institutions the genre names (the anti-money-laundering centre that
  // suspicious trades are reported to, the credit-reference centre, the digital-currency institute; source: 中国人民银行
  // 直属单位 list on the bank's site)
  { name: "中国反洗钱监测分析中心", aliases: ["反洗钱监测分析中心"], level: "central" },
  { name: "中国人民银行征信中心", aliases: ["人民银行征信中心", "央行征信中心"], level: "central" },
  { name: "中国人民银行清算总中心", aliases: ["人民银行清算总中心"], level: "central" },
  {
    name: "中国人民银行数字货币研究所",
    aliases: ["央行数字货币研究所", "人民银行数字货币研究所", "央行数研所"],
    level: "central",
  },
  { name: "中国外汇交易中心", aliases: [], level: "central" },
  // ministries and national administrations not listed above (source: the State Council's list of constituent departments)
  { name: "交通运输部", aliases: [], level: "central" },
  { name: "民政部", aliases: [], level: "central" },
  { name: "人力资源和社会保障部", aliases: ["人社部"], level: "central" },
  { name: "住房和城乡建设部", aliases: ["住建部"], level: "central" },
  { name: "农业农村部", aliases: [], level: "central" },
  { name: "文化和旅游部", aliases: ["文旅部"], level: "central" },
  { name: "国家卫生健康委员会", aliases: ["国家卫健委"], level: "central" },
  { name: "应急管理部", aliases: [], level: "central" },
  { name: "海关总署", aliases: [], level: "central" },
  // the directly subordinate customs offices named by a port, not a division (source: 海关总署 直属海关 list; the
  // others, 深圳海关 or 青岛海关, are named by their city and read as local bodies)
  { name: "拱北海关", aliases: [], level: "central" },
  { name: "黄埔海关", aliases: [], level: "central" },
  { name: "国家统计局", aliases: [], level: "central" },
  { name: "国家数据局", aliases: [], level: "central" },
  { name: "国家版权局", aliases: [], level: "central" },
  { name: "国家新闻出版署", aliases: [], level: "central" },
  { name: "国家信访局", aliases: [], level: "central" },
  { name: "全国人民代表大会", aliases: ["全国人大"], level: "central" },
  { name: "中国人民政治协商会议全国委员会", aliases: ["全国政协"], level: "central" },
  // foreign regulators named without their country (source: the bodies' own Chinese names)
  { name: "美国联邦储备委员会", aliases: ["美联储", "联准会"], level: "foreign" },
  { name: "欧洲中央银行", aliases: ["欧洲央行"], level: "foreign" },
  { name: "欧盟委员会", aliases: ["欧委会"], level: "foreign" },
  { name: "欧洲议会", aliases: [], level: "foreign" },
  // international financial bodies (source: the bodies' own Chinese names, as the People's Bank writes them)
  { name: "国际货币基金组织", aliases: ["IMF"], level: "foreign" },
  { name: "国际清算银行", aliases: ["BIS"], level: "foreign" },
  { name: "金融稳定理事会", aliases: ["FSB"], level: "foreign" },
  { name: "金融行动特别工作组", aliases: ["FATF", "反洗钱金融行动特别工作组"], level: "foreign" },
  { name: "世界银行", aliases: ["世行"], level: "foreign" },
  { name: "巴塞尔银行监管委员会", aliases: ["巴塞尔委员会"], level: "foreign" },
  { name: "国际证监会组织", aliases: ["IOSCO"], level: "foreign" },
  { name: "中国社会科学院", aliases: ["社科院", "中国社科院"], level: "academic" },
  { name: "中国科学院", aliases: ["中科院"], level: "academic" },
  // research institutes and industry associations under the ministries (source: the ministries' lists of directly
  // affiliated units, 部属事业单位; the national industry associations' own names)
  { name: "中国信息通信研究院", aliases: ["中国信通院", "信通院"], level: "academic" },
  {
    name: "中国电子信息产业发展研究院",
    aliases: ["赛迪研究院", "中国电子信息产业发展研究院（赛迪研究院）"],
    level: "academic",
  },
  { name: "中国电力企业联合会", aliases: ["中电联"], level: "association" },
  { name: "中国通信标准化协会", aliases: [], level: "association" },
  { name: "中国信息协会", aliases: [], level: "association" },
];

/**
 * Shorthands the financial press writes for a fixed group of national regulators, each of them a body the text names:
 * 一行三会 (the central bank and the banking, securities and insurance commissions, 2003–2018), 银证保三会 (the three
 * commissions), 一行两会 (the central bank, the merged banking-and-insurance commission and the securities commission,
 * 2018–2023), 一委一行两会 (those with the State Council's financial stability committee). Bare 三会 (also the party's
 * 三会一课) and 两会 (the annual sessions) name no regulators. Source: the regulators' own usage (e.g. the 2018 reform
 * plan that merged 银监会 and 保监会) and the press of those years.
 */
export const AGENCY_GROUPS: Array<{ forms: string[]; members: string[] }> = [
  {
    forms: ["一行三会"],
    members: ["中国人民银行", "中国银行业监督管理委员会", "中国证券监督管理委员会", "中国保险监督管理委员会"],
  },
  {
    forms: ["银证保三会", "银证保监管机构", "银证保三大监管机构"],
    members: ["中国银行业监督管理委员会", "中国证券监督管理委员会", "中国保险监督管理委员会"],
  },
  { forms: ["一行两会"], members: ["中国人民银行", "中国银行保险监督管理委员会", "中国证券监督管理委员会"] },
  {
    forms: ["一委一行两会"],
    members: ["国务院金融稳定发展委员会", "中国人民银行", "中国银行保险监督管理委员会", "中国证券监督管理委员会"],
  },
];

/**
 * National bodies run vertically, with offices in the divisions named after them (国家税务总局四川省税务局,
 * 国家能源局四川监管办公室, 中国银保监会四川监管局, 国家外汇管理局四川省分局, 国家统计局四川调查总队): the parent's name,
 * the division and the office's word make one Agency, located in the division. `place`: the division written in full
 * (四川省) or by its short name (四川); `levels`: the division levels the parent has offices at; `branch`: the word a
 * prefecture's office takes instead (监管分局). Source: the bodies' own office names (税务机构改革 2018, 国家能源局派出机构,
 * 银保监会/证监会派出机构, 国家外汇管理局分支局, 国家统计局调查队).
 */
export const VERTICAL_OFFICES: Array<{
  parent: string;
  forms: string[];
  office: string;
  place: "full" | "short";
  levels: Array<"province" | "prefecture" | "county">;
  branch?: string;
}> = [
  { parent: "国家能源局", forms: ["监管办公室", "监管办"], office: "监管办公室", place: "short", levels: ["province"] },
  {
    parent: "国家税务总局",
    forms: ["税务局"],
    office: "税务局",
    place: "full",
    levels: ["province", "prefecture", "county"],
  },
  {
    parent: "国家外汇管理局",
    forms: ["分局", "中心支局", "支局"],
    office: "分局",
    place: "full",
    levels: ["province", "prefecture"],
    branch: "中心支局",
  },
  ...["中国银行保险监督管理委员会", "中国银行业监督管理委员会", "国家金融监督管理总局"].map((parent) => ({
    parent,
    forms: ["监管局", "监管分局"],
    office: "监管局",
    place: "short" as const,
    levels: ["province" as const, "prefecture" as const],
    branch: "监管分局",
  })),
  ...["中国证券监督管理委员会", "中国保险监督管理委员会"].map((parent) => ({
    parent,
    forms: ["监管局"],
    office: "监管局",
    place: "short" as const,
    levels: ["province" as const, "prefecture" as const],
  })),
  // 国家计算机网络与信息安全管理中心浙江分中心, 国家互联网应急中心浙江分中心 (source: the centres' lists of 省分中心)
  ...["国家计算机网络与信息安全管理中心", "国家计算机网络应急技术处理协调中心"].map((parent) => ({
    parent,
    forms: ["分中心"],
    office: "分中心",
    place: "short" as const,
    levels: ["province" as const],
  })),
  {
    parent: "国家统计局",
    forms: ["调查总队", "调查队"],
    office: "调查总队",
    place: "short",
    levels: ["province", "prefecture", "county"],
    branch: "调查队",
  },
];

/**
 * The Chinese Academy of Sciences' institutes by the short forms the press writes after 中科院 (中科院计算所 →
 * 中国科学院计算技术研究所). Source: the academy's list of its institutes (中国科学院 机构设置), names as registered.
 */
export const ACADEMY_INSTITUTES: Record<string, string> = {
  计算所: "计算技术研究所",
  软件所: "软件研究所",
  自动化所: "自动化研究所",
  信工所: "信息工程研究所",
  微电子所: "微电子研究所",
  半导体所: "半导体研究所",
  声学所: "声学研究所",
  物理所: "物理研究所",
  化学所: "化学研究所",
  心理所: "心理研究所",
  地理所: "地理科学与资源研究所",
  电工所: "电工研究所",
};

/** Weibo written as the channel something was said on, not the platform acting (see 微博 below). */
const WEIBO_AS_CHANNEL = {
  before: /(官方|认证|其|的|在|登上|上了|大陆|内地|网友|个人|通过|新浪)$/,
  after: /^(?:上|中|里|发文|发帖|发布|热搜|账号|网友|用户|博主|的消|消息|称|表示|视频)/,
};

/** Short forms that are also parts of ordinary words: a form is skipped when the text around it matches. */
export const AMBIGUOUS_FORMS: Record<string, { before?: RegExp; after?: RegExp }> = {
  人行: { before: /[个私本每步银一]$/, after: /^[为动道走横天]/ },
  人民银行: { before: /[国]$/ },
  央行: {},
  中币: { after: /^[价值种]/ },
  美国: { before: /[欧北南中]$/ },
  // 全国网络 (nationwide network): 国网 of 全国网 is no grid company
  国网: { before: /[中全]$/, after: /^[络站页址友民]/ },
  // 马里兰州 (Maryland) is no Mali
  马里: { after: /^兰/ },
  // 比特币行情, 币行业: 币行 (OKCoin's Chinese name) only when no word of 行 follows
  币行: { before: /[特数密拟虚]$/, after: /^[情业为长]/ },
  // 全国人大代表: a deputy (a title), not the congress acting
  全国人大: { after: /^代表/ },
  // 中国银行机构, 中国银行业: China's banks in general, not the Bank of China
  中国银行: { after: /^(?:机构|业|系统|体系|间)/ },
  // 抹茶官方微博发布公告: the company's channel, not the platform Weibo; nor is the medium written in (the two characters
  // on each side tell: 在微博上表示, 网友在微博发文, 大陆微博的消息, 登上微博热搜); the firm is the one that acts
  // (被百度、微博屏蔽, 与微博方面沟通)
  微博: WEIBO_AS_CHANNEL,
  新浪微博: WEIBO_AS_CHANNEL,
  // 把比特币看作一个国家: BitKan's 币看 only when no coin's name ends in its 币 and no word of 看 follows
  币看: { before: /[特数密拟虚狗莱太]$/, after: /^[作成待好涨跌来到似]/ },
};

/**
 * Words Taiwan's and overseas papers write for the mainland's (網際網路 for 互联网, 資訊 for 信息): a body's name is
 * matched with them too (中國網際網路金融協會 is 中国互联网金融协会). Source: the cross-strait terms tables of the
 * 两岸常用词典 (Simplified, mainland word first).
 */
export const TAIWAN_TERMS: Array<[string, string]> = [
  ["互联网", "网际网路"],
  ["信息", "资讯"],
  ["数字", "数位"],
  ["软件", "软体"],
  ["网络", "网路"],
];

/** The Hong Kong Police Force's regions, each with its crime headquarters and regional crime unit. */
const HK_POLICE_REGIONS = ["港岛", "东九龙", "西九龙", "新界南", "新界北", "水警"];

/**
 * Hong Kong's, Macau's and Taiwan's own bodies: named after the region (香港金管局, 台湾金管会, 台湾立法院), or bare in a
 * document of that region (`regions`: an on.cc report's 证监会, an Apple Daily Taiwan report's 金管会 and 央行). Sources:
 * the governments' own Chinese names (the HKSAR bureaux and departments, the Hong Kong Police Force's formations and
 * its regions' crime units, 澳门特区政府部门, 行政院组织法, 立法院各委员会).
 */
export const REGION_SUFFIXES: Array<{
  forms: string[];
  canonical: string;
  regions: Array<"香港" | "澳门" | "台湾">;
  /** Forms no other body is written with (商业罪案调查科; the mainland's police say 经侦): the region's wherever written. */
  own?: boolean;
}> = [
  // the Hong Kong and Macau monetary authorities (香港金管局, 澳门金融管理局) and Hong Kong's securities regulator
  { forms: ["金融管理局", "金管局"], canonical: "金融管理局", regions: ["香港", "澳门"] },
  { forms: ["证券及期货事务监察委员会", "证监会"], canonical: "证券及期货事务监察委员会", regions: ["香港"] },
  { forms: ["保险业监管局"], canonical: "保险业监管局", regions: ["香港"] },
  { forms: ["财经事务及库务局", "财库局"], canonical: "财经事务及库务局", regions: ["香港"] },
  { forms: ["廉政公署", "廉署"], canonical: "廉政公署", regions: ["香港", "澳门"] },
  { forms: ["警务处"], canonical: "警务处", regions: ["香港"] },
  // Hong Kong's and Macau's customs (海关 bare in their papers, 香港海关)
  { forms: ["海关"], canonical: "海关", regions: ["香港", "澳门"] },
  // the police force's crime formations (警务处商业罪案调查科, 商罪科) and its regions' units (西九龙总区重案组)
  {
    forms: ["警务处商业罪案调查科", "商业罪案调查科", "商罪科"],
    canonical: "警务处商业罪案调查科",
    regions: ["香港"],
    own: true,
  },
  {
    forms: ["警务处网络安全及科技罪案调查科", "网络安全及科技罪案调查科", "网罪科"],
    canonical: "警务处网络安全及科技罪案调查科",
    regions: ["香港"],
    own: true,
  },
  {
    forms: ["警务处有组织罪案及三合会调查科", "有组织罪案及三合会调查科"],
    canonical: "警务处有组织罪案及三合会调查科",
    regions: ["香港"],
    own: true,
  },
  { forms: ["警务处毒品调查科", "毒品调查科"], canonical: "警务处毒品调查科", regions: ["香港"] },
  { forms: ["警务处刑事情报科", "刑事情报科"], canonical: "警务处刑事情报科", regions: ["香港"] },
  ...HK_POLICE_REGIONS.flatMap((r) =>
    ["重案组", "刑事总部"].map((u) => ({
      forms: [`警务处${r}总区${u}`, `${r}总区${u}`],
      canonical: `警务处${r}总区${u}`,
      regions: ["香港" as const],
      own: true,
    })),
  ),
  { forms: ["立法会"], canonical: "立法会", regions: ["香港", "澳门"] },
  { forms: ["律政司"], canonical: "律政司", regions: ["香港"] },
  { forms: ["司法警察局", "司警局"], canonical: "司法警察局", regions: ["澳门"] },
  { forms: ["金融监督管理委员会", "金管会"], canonical: "金融监督管理委员会", regions: ["台湾"] },
  // the commission's bureaux (金管会银行局 acts in its own name)
  {
    forms: ["金融监督管理委员会银行局", "金管会银行局"],
    canonical: "金融监督管理委员会银行局",
    regions: ["台湾"],
  },
  {
    forms: ["金融监督管理委员会证券期货局", "金管会证期局", "金管会证券期货局"],
    canonical: "金融监督管理委员会证券期货局",
    regions: ["台湾"],
  },
  { forms: ["中央银行", "央行"], canonical: "中央银行", regions: ["台湾"] },
  // (no other government's body is written 行政院, 立法院 or 法务部调查局: Taiwan's wherever written)
  { forms: ["行政院"], canonical: "行政院", regions: ["台湾"], own: true },
  { forms: ["立法院"], canonical: "立法院", regions: ["台湾"], own: true },
  {
    forms: ["立法院财政委员会", "立法院财委会", "财委会", "财政委员会"],
    canonical: "立法院财政委员会",
    regions: ["台湾"],
  },
  { forms: ["法务部调查局"], canonical: "法务部调查局", regions: ["台湾"], own: true },
  { forms: ["调查局"], canonical: "法务部调查局", regions: ["台湾"] },
  // ministries and councils with no mainland body of the same name (the mainland has 司法部, 商务部, 民政部)
  { forms: ["法务部"], canonical: "法务部", regions: ["台湾"] },
  { forms: ["经济部"], canonical: "经济部", regions: ["台湾"] },
  { forms: ["内政部"], canonical: "内政部", regions: ["台湾"] },
  { forms: ["数位发展部", "数发部"], canonical: "数位发展部", regions: ["台湾"] },
  { forms: ["公平交易委员会", "公平会"], canonical: "公平交易委员会", regions: ["台湾"] },
  { forms: ["行政院洗钱防制办公室", "洗钱防制办公室"], canonical: "行政院洗钱防制办公室", regions: ["台湾"] },
  {
    forms: ["立法院司法及法制委员会", "司法及法制委员会", "司法法制委员会"],
    canonical: "立法院司法及法制委员会",
    regions: ["台湾"],
  },
  { forms: ["刑事警察局", "刑事局"], canonical: "刑事警察局", regions: ["台湾"] },
];

/** Suffixes of local agencies: written forms → canonical suffix (longest forms first when matching). */
/**
 * The national body a bare local body's name stands for in a list of national bodies (中国人民银行、网信办、最高人民法院…
 * 共同发布): the body of that kind at the centre. Source: the State Council's bodies (国务院组成部门, 直属机构, 部委管理的
 * 国家局) whose local counterparts share their short names.
 */
export const NATIONAL_OF_LOCAL: Record<string, string> = {
  互联网信息办公室: "国家互联网信息办公室",
  发展和改革委员会: "国家发展和改革委员会",
  能源局: "国家能源局",
  统计局: "国家统计局",
  信访局: "国家信访局",
  知识产权局: "国家知识产权局",
};

export const LOCAL_SUFFIXES: Array<{ forms: string[]; canonical: string; provincial?: string }> = [
  { forms: ["发展和改革委员会", "发展改革委员会", "发展改革委", "发改委"], canonical: "发展和改革委员会" },
  { forms: ["工业和信息化厅", "工信厅"], canonical: "工业和信息化厅" },
  { forms: ["工业和信息化局", "工信局"], canonical: "工业和信息化局" },
  { forms: ["工业和信息化委员会", "工信委"], canonical: "工业和信息化委员会" },
  { forms: ["经济和信息化厅", "经信厅"], canonical: "经济和信息化厅" },
  { forms: ["经济和信息化局", "经信局"], canonical: "经济和信息化局" },
  { forms: ["经济和信息化委员会", "经信委"], canonical: "经济和信息化委员会" },
  { forms: ["通信管理局", "通管局"], canonical: "通信管理局" },
  { forms: ["能源监管办公室", "能源监管办"], canonical: "能源监管办公室" },
  { forms: ["能源局"], canonical: "能源局" },
  { forms: ["公安厅"], canonical: "公安厅" },
  { forms: ["公安局"], canonical: "公安局" },
  { forms: ["委网络安全和信息化委员会办公室", "委网信办"], canonical: "委网络安全和信息化委员会办公室" },
  { forms: ["互联网信息办公室", "网信办"], canonical: "互联网信息办公室" },
  // party committees (中共江西省委, 瑞金市委, 县委) and their organs; source: 中国共产党地方委员会工作条例 (2015)
  { forms: ["委员会", "委"], canonical: "党委员会" },
  // an autonomous region's committee is written 党委 (新疆维吾尔自治区党委), and its organs 党委办公厅, 党委宣传部…
  { forms: ["党委"], canonical: "党委员会" },
  // a province's committee has a general office (办公厅), a city's or county's an office (办公室)
  { forms: ["委办公厅", "党委办公厅"], canonical: "委办公厅" },
  { forms: ["委统一战线工作部", "委统战部", "党委统战部"], canonical: "委统一战线工作部" },
  { forms: ["委办公室", "委办", "党委办公室", "党委办"], canonical: "委办公室" },
  { forms: ["委机构编制委员会办公室", "委编办"], canonical: "委机构编制委员会办公室" },
  { forms: ["委巡察工作领导小组办公室", "委巡察办"], canonical: "委巡察工作领导小组办公室" },
  { forms: ["委党校"], canonical: "委党校" },
  { forms: ["委宣传部", "党委宣传部"], canonical: "委宣传部" },
  { forms: ["委组织部", "党委组织部"], canonical: "委组织部" },
  { forms: ["委政法委员会", "委政法委", "党委政法委"], canonical: "委政法委员会" },
  { forms: ["委金融委员会办公室", "委金融办"], canonical: "委金融委员会办公室" },
  // the committee's working committee over its schools (市委教育工委); source: 中国共产党普通高等学校基层组织工作条例
  // (2021), which names it
  { forms: ["委教育工作委员会", "委教育工委", "党委教育工委"], canonical: "委教育工作委员会" },
  { forms: ["公安分局"], canonical: "公安分局" },
  // a district's branch of the city's market regulator, written by the district (朝阳区工商分局, 某区市场监管分局);
  // source: 工商行政管理机关 组织 (the city bureau's district branches before 2018) and the 市场监督管理局 that replaced
  // them in 2018, which kept district branches in several cities. The short form stays as written, like 公安分局.
  { forms: ["工商行政管理分局", "工商分局"], canonical: "工商行政管理分局" },
  { forms: ["市场监督管理分局", "市场监管分局"], canonical: "市场监督管理分局" },
  // the cultural-market law-enforcement units of a city (支队) or county (大队) that check internet cafés (区文化执法支队);
  // source: 关于进一步深化文化市场综合执法改革的意见 (2016), which set them up at each level. The short form stays as written.
  { forms: ["文化市场综合行政执法支队", "文化市场综合执法支队"], canonical: "文化市场综合行政执法支队" },
  { forms: ["文化市场综合行政执法大队", "文化市场综合执法大队"], canonical: "文化市场综合行政执法大队" },
  { forms: ["文化执法支队"], canonical: "文化执法支队" },
  { forms: ["文化执法大队"], canonical: "文化执法大队" },
  // the police of a division written as 北京警方 / 通辽警方: its public-security bureau (a province's is its 公安厅,
  // composed in places.ts); source: 公安机关组织管理条例 (2006), which names the bureaus of each level
  // the police-run anti-fraud centres of a city or county (X市反诈骗中心, X县反诈中心); source: 公安部 国家反诈中心
  // (2021) and the local centres set up under it, each named by its division
  { forms: ["反电信网络诈骗中心"], canonical: "反电信网络诈骗中心" },
  { forms: ["反诈骗中心"], canonical: "反诈骗中心" },
  { forms: ["反诈中心"], canonical: "反诈中心" },
  // and 鹽城公安机关 (a division's public-security organs) the same bureau
  { forms: [...POLICE_WORDS], canonical: "公安局" },
  // the local offices of the internet-finance rectification campaign (深圳市互联网金融风险专项整治工作领导小组办公室,
  // 上海整治办); source: 国务院办公厅 互联网金融风险专项整治工作实施方案 (国办发〔2016〕21号), which set up a leading
  // group and its office at every provincial and city level
  {
    forms: [
      "互联网金融风险专项整治工作领导小组办公室",
      "互联网金融风险专项整治领导小组办公室",
      "互联网金融风险专项整治小组办公室",
      "互金整治办",
      "专项整治办",
      "整治办",
    ],
    canonical: "互联网金融风险专项整治工作领导小组办公室",
  },
  // the local offices against illegal fund-raising (区处非办, 市处非办); source: 国务院 关于进一步做好防范和处置非法集资工作的
  // 意见 (国发〔2015〕59号), which has every province, city and county set up a leading group with its office
  {
    forms: [
      "防范和处置非法集资工作领导小组办公室",
      "防范和处置非法集资领导小组办公室",
      "处置非法集资工作领导小组办公室",
      "防范和处置非法集资办公室",
      "处非办",
    ],
    canonical: "防范和处置非法集资工作领导小组办公室",
  },
  // the detention centres the public-security bureaus run (德阳市看守所, 福州市第一看守所); source: 看守所条例 (1990)
  { forms: ["看守所"], canonical: "看守所" },
  { forms: ["第一看守所"], canonical: "第一看守所" },
  { forms: ["第二看守所"], canonical: "第二看守所" },
  { forms: ["第三看守所"], canonical: "第三看守所" },
  { forms: ["数据资源管理局"], canonical: "数据资源管理局" },
  { forms: ["政务服务数据管理局"], canonical: "政务服务数据管理局" },
  { forms: ["地方金融工作局", "金融工作局"], canonical: "地方金融工作局" },
  { forms: ["行政审批服务局", "行政审批局"], canonical: "行政审批局" },
  { forms: ["教育厅"], canonical: "教育厅" },
  { forms: ["教育局"], canonical: "教育局" },
  { forms: ["文化广电旅游局"], canonical: "文化广电旅游局" },
  { forms: ["文化广电和旅游局"], canonical: "文化广电和旅游局" },
  { forms: ["文化和旅游厅", "文旅厅"], canonical: "文化和旅游厅" },
  { forms: ["文化和旅游局", "文旅局"], canonical: "文化和旅游局" },
  { forms: ["自然资源厅"], canonical: "自然资源厅" },
  { forms: ["自然资源局", "自然资源和规划局"], canonical: "自然资源局" },
  { forms: ["住房和城乡建设厅", "住建厅"], canonical: "住房和城乡建设厅" },
  { forms: ["住房和城乡建设局", "住建局"], canonical: "住房和城乡建设局" },
  { forms: ["人力资源和社会保障局", "人社局"], canonical: "人力资源和社会保障局" },
  { forms: ["应急管理厅", "应急厅"], canonical: "应急管理厅" },
  { forms: ["应急管理局", "应急局"], canonical: "应急管理局" },
  { forms: ["商务厅"], canonical: "商务厅" },
  { forms: ["商务局"], canonical: "商务局" },
  { forms: ["审计厅"], canonical: "审计厅" },
  { forms: ["审计局"], canonical: "审计局" },
  { forms: ["统计局"], canonical: "统计局" },
  { forms: ["民政厅"], canonical: "民政厅" },
  { forms: ["民政局"], canonical: "民政局" },
  { forms: ["水利厅"], canonical: "水利厅" },
  { forms: ["水利局"], canonical: "水利局" },
  // (the water-affairs bureau many cities and counties made of their water bureau, 北京市水务局, 汉源县水务局; 海南省水务厅)
  { forms: ["水务厅"], canonical: "水务厅" },
  { forms: ["水务局"], canonical: "水务局" },
  { forms: ["交通运输厅", "交通厅"], canonical: "交通运输厅" },
  { forms: ["交通运输局", "交通局"], canonical: "交通运输局" },
  { forms: ["卫生健康委员会", "卫健委"], canonical: "卫生健康委员会" },
  { forms: ["工商行政管理局", "工商局"], canonical: "工商行政管理局" },
  { forms: ["质量技术监督局", "质监局"], canonical: "质量技术监督局" },
  { forms: ["司法厅"], canonical: "司法厅" },
  { forms: ["司法局"], canonical: "司法局" },
  { forms: ["监察委员会", "监委"], canonical: "监察委员会" },
  {
    forms: ["地方金融监督管理局", "地方金融监管局", "地方金管局", "金融监督管理局", "金融监管局", "金融局"],
    canonical: "地方金融监督管理局",
  },
  {
    forms: ["人民政府金融工作办公室", "政府金融工作办公室", "金融工作办公室", "金融办"],
    canonical: "人民政府金融工作办公室",
  },
  // a province's or city's liaison office in the capital (江西省驻北京办事处, 省驻京办); source: 国务院办公厅 关于加强和规范
  // 各地政府驻北京办事机构管理的意见 (国办发〔2010〕8号), which names them so
  { forms: ["人民政府驻北京办事处", "驻北京办事处", "驻京办事处", "驻京办"], canonical: "驻北京办事处" },
  // the name some cities gave that office until the 2018 reform made it a 地方金融监督管理局 (上海市金融服务办公室);
  // source: the cities' 2009–2018 government organisation plans
  { forms: ["金融服务办公室"], canonical: "金融服务办公室" },
  // a city's or district's energy-saving inspectorate (区能源监察中心); source: 节约能源法 (2007) art. 12, which has
  // local governments' energy-saving authorities inspect, and the centres set up for it
  { forms: ["节能监察中心"], canonical: "节能监察中心" },
  { forms: ["能源监察中心"], canonical: "能源监察中心" },
  ...REGION_SUFFIXES,
  { forms: ["纪委监委"], canonical: "纪委监委" },
  { forms: ["纪律检查委员会", "纪委"], canonical: "纪律检查委员会" },
  { forms: ["人民政府办公厅", "政府办公厅"], canonical: "人民政府办公厅" },
  // the government's legal-affairs office (merged into the 司法厅/局 in 2018, named in older notices)
  {
    forms: ["人民政府法制办公室", "政府法制办公室", "政府法制办", "法制办公室", "法制办"],
    canonical: "人民政府法制办公室",
  },
  // the energy-saving inspection office of an industry department, only ever named by its short form
  { forms: ["能检办"], canonical: "能检办" },
  { forms: ["人民政府办公室", "政府办公室", "政府办"], canonical: "人民政府办公室" },
  { forms: ["人民政府驻北京办事处", "驻京办事处", "驻京办"], canonical: "人民政府驻北京办事处" },
  // bodies of the 1990s–2000s reforms (source: the State Council institutional reform plans of 1998, 2003, 2008)
  { forms: ["经济体制改革办公室", "经济体制改革委员会", "体改办", "体改委"], canonical: "经济体制改革办公室" },
  { forms: ["经济贸易委员会", "经贸委"], canonical: "经济贸易委员会" },
  { forms: ["经济委员会", "经委"], canonical: "经济委员会" },
  { forms: ["计划委员会", "计委"], canonical: "计划委员会" },
  { forms: ["科学技术委员会", "科委"], canonical: "科学技术委员会" },
  { forms: ["科学院", "科学技术研究院"], canonical: "科学院" },
  { forms: ["人民政府", "政府"], canonical: "人民政府" },
  { forms: ["发展和改革局", "发展改革局", "发改局"], canonical: "发展和改革局" },
  // a county's or district's bureau of development, reform and the economy in one (Zhejiang's county reform of 2019),
  // and the bureau that took over the departments' enforcement (综合行政执法改革); source: the county reform plans
  { forms: ["发展改革和经济信息化局", "发改经信局"], canonical: "发展改革和经济信息化局" },
  { forms: ["综合行政执法局", "综合执法局"], canonical: "综合行政执法局" },
  { forms: ["工业和信息化委", "经济和信息化委"], canonical: "经济和信息化委员会" },
  // 江西省政协 → 中国人民政治协商会议江西省委员会 (composed in localAgencyName)
  { forms: ["政协", "政治协商会议委员会"], canonical: "政协" },
  { forms: ["人民代表大会常务委员会", "人大常委会"], canonical: "人民代表大会常务委员会" },
  { forms: ["人民代表大会", "人大"], canonical: "人民代表大会" },
  { forms: ["市场监督管理局", "市场监管局"], canonical: "市场监督管理局" },
  { forms: ["税务局"], canonical: "税务局" },
  // 十堰银保监分局 → 中国银行保险监督管理委员会十堰监管分局 (composed in extract: the regulator's branch takes the short place name)
  { forms: ["银保监分局", "银保监局"], canonical: "银保监局" },
  { forms: ["证监局"], canonical: "证监局" },
  // a customs district, named by its city's short name (深圳海关, 青岛海关; source: 海关总署 直属海关)
  { forms: ["海关"], canonical: "海关" },
  // a city's arbitration commission, set up by its government and named by the city's short name (深圳仲裁委员会,
  // where mining-hosting contracts are often disputed; source: 仲裁法 (1994) art. 10), the labour-dispute commissions
  // (劳动人事争议调解仲裁法 (2007) art. 17) and Shenzhen's international court of arbitration (深圳国际仲裁院)
  { forms: ["劳动人事争议仲裁委员会", "劳动争议仲裁委员会"], canonical: "劳动人事争议仲裁委员会" },
  { forms: ["仲裁委员会", "仲裁委"], canonical: "仲裁委员会" },
  { forms: ["国际仲裁院"], canonical: "国际仲裁院" },
  { forms: ["银监分局", "银监局"], canonical: "银监局" },
  { forms: ["保监分局", "保监局"], canonical: "保监局" },
  { forms: ["大数据管理局", "大数据局", "数据局"], canonical: "大数据管理局" },
  { forms: ["大数据发展管理局"], canonical: "大数据发展管理局" },
  // (and the bureaus named for developing big data, 内蒙古自治区大数据发展局, 贵港市大数据发展局; source: the 2018–2019
  // provincial and city institutional reform plans that set them up under that name)
  { forms: ["大数据发展局"], canonical: "大数据发展局" },
  // the numbered intermediate courts of the municipalities (北京市第三中级人民法院, short 北京三中院); source: 人民法院组织法
  // (2018) art. 23, courts set up by a municipality in its districts, numbered by the municipality
  ...["一", "二", "三", "四", "五"].map((n) => ({
    forms: [`第${n}中级人民法院`, `${n}中院`],
    canonical: `第${n}中级人民法院`,
  })),
  { forms: ["中级人民法院", "中院"], canonical: "中级人民法院" },
  { forms: ["高级人民法院", "高院"], canonical: "高级人民法院" },
  { forms: ["互联网法院"], canonical: "互联网法院" },
  { forms: ["金融法院"], canonical: "金融法院" },
  { forms: ["人民法院", "法院"], canonical: "人民法院" },
  { forms: ["人民检察院", "检察院"], canonical: "人民检察院" },
  { forms: ["财政厅"], canonical: "财政厅" },
  { forms: ["财政局"], canonical: "财政局" },
  { forms: ["生态环境厅"], canonical: "生态环境厅" },
  { forms: ["生态环境局"], canonical: "生态环境局" },
  // the local environment bureaus before the 2018 reform renamed them 生态环境局 (an article about 2017 names them so);
  // source: 深化党和国家机构改革方案 (2018)
  { forms: ["环境保护局", "环保局"], canonical: "环境保护局" },
  { forms: ["科学技术厅", "科技厅"], canonical: "科学技术厅" },
  { forms: ["科学技术局", "科技局"], canonical: "科学技术局" },
  // (a city's or a province's written with its government before it, as it signs itself: 某市人民政府国有资产监督管理
  // 委员会, the 国资委 being a special body directly under the government; source: 企业国有资产监督管理暂行条例, 2003)
  {
    forms: ["国有资产监督管理委员会", "人民政府国有资产监督管理委员会", "政府国有资产监督管理委员会", "国资委"],
    canonical: "国有资产监督管理委员会",
  },
  // the standing departments of a provincial, city and county government that the table above lacked, each with the
  // short form the departments use themselves (厅 at the province, 局 below); source: the provincial, municipal and
  // county institutional reform plans of 2018–2019 (省/市/县机构改革方案), which list every department of the government
  { forms: ["农业农村厅", "农业厅"], canonical: "农业农村厅" },
  { forms: ["农业农村局", "农业局"], canonical: "农业农村局" },
  { forms: ["林业和草原局", "林业局", "林草局"], canonical: "林业和草原局" },
  { forms: ["气象局"], canonical: "气象局" },
  // the weather bureau's forecasting unit, which issues the warnings of the floods and landslides that hit mines
  // (source: 中国气象局's structure: a 气象台 at every level, a unit directly under that level's 气象局)
  { forms: ["气象台"], canonical: "气象台" },
  {
    forms: ["城市管理综合行政执法局", "城市管理综合执法局", "城市管理局", "城管局", "城管执法局"],
    canonical: "城市管理局",
  },
  { forms: ["医疗保障局", "医保局"], canonical: "医疗保障局" },
  { forms: ["退役军人事务厅"], canonical: "退役军人事务厅" },
  { forms: ["退役军人事务局"], canonical: "退役军人事务局" },
  { forms: ["信访局"], canonical: "信访局" },
  { forms: ["政务服务管理局", "政务服务局"], canonical: "政务服务管理局" },
  // the hall where a division's licences are issued (a government service body, as 公共资源交易中心 is)
  { forms: ["政务服务中心", "行政服务中心"], canonical: "政务服务中心" },
  { forms: ["公共资源交易中心"], canonical: "公共资源交易中心" },
  { forms: ["人民政府外事办公室", "外事办公室", "外事办", "外办"], canonical: "人民政府外事办公室" },
  { forms: ["粮食和物资储备局", "粮食和储备局", "粮食局"], canonical: "粮食和物资储备局" },
  { forms: ["国家安全厅"], canonical: "国家安全厅" },
  { forms: ["国家安全局"], canonical: "国家安全局" },
  { forms: ["人力资源和社会保障厅", "人社厅"], canonical: "人力资源和社会保障厅" },
  { forms: ["卫生健康局", "卫健局"], canonical: "卫生健康局" },
  { forms: ["乡村振兴局"], canonical: "乡村振兴局" },
  { forms: ["知识产权局"], canonical: "知识产权局" },
  { forms: ["广播电视局"], canonical: "广播电视局" },
  { forms: ["体育局"], canonical: "体育局" },
  { forms: ["机关事务管理局"], canonical: "机关事务管理局" },
  { forms: ["药品监督管理局", "药监局"], canonical: "药品监督管理局" },
  { forms: ["食品药品监督管理局", "食药监局"], canonical: "食品药品监督管理局" },
  { forms: ["安全生产监督管理局", "安监局"], canonical: "安全生产监督管理局" },
  { forms: ["国土资源厅"], canonical: "国土资源厅" },
  { forms: ["国土资源局", "国土局"], canonical: "国土资源局" },
  { forms: ["物价局"], canonical: "物价局" },
  { forms: ["民族宗教事务委员会", "民宗委"], canonical: "民族宗教事务委员会" },
  { forms: ["人民防空办公室", "人防办"], canonical: "人民防空办公室" },
  { forms: ["消防救援总队"], canonical: "消防救援总队" },
  { forms: ["消防救援支队"], canonical: "消防救援支队" },
  { forms: ["消防救援大队"], canonical: "消防救援大队" },
  // the party committee's other standing organs (source: 中国共产党地方委员会工作条例, 2015, and the local reform plans)
  { forms: ["委外事工作委员会办公室", "委外办"], canonical: "委外事工作委员会办公室" },
  { forms: ["委政策研究室"], canonical: "委政策研究室" },
  { forms: ["委机要局"], canonical: "委机要局" },
  { forms: ["委老干部局"], canonical: "委老干部局" },
  { forms: ["委农村工作领导小组办公室", "委农办"], canonical: "委农村工作领导小组办公室" },
  { forms: ["委直属机关工作委员会", "委直属机关工委", "委机关工委"], canonical: "委直属机关工作委员会" },
  { forms: ["委台湾工作办公室", "委台办"], canonical: "委台湾工作办公室" },
  // the people's organisations led by the party at every level (official associations); source: their charters
  // (中国科学技术协会章程, 中国工会章程, 中华全国工商业联合会章程, 中华全国妇女联合会章程)
  { forms: ["科学技术协会", "科协"], canonical: "科学技术协会" },
  { forms: ["总工会"], canonical: "总工会" },
  { forms: ["工商业联合会", "工商联"], canonical: "工商业联合会" },
  { forms: ["妇女联合会", "妇联"], canonical: "妇女联合会" },
  // the consumer associations a division sets up, which warn the public against schemes (上海市消费者权益保护委员会, X市
  // 消协); source: 消费者权益保护法 (2013) art. 36, 消费者协会和其他消费者组织
  { forms: ["消费者权益保护委员会", "消保委"], canonical: "消费者权益保护委员会" },
  { forms: ["消费者协会", "消协"], canonical: "消费者协会" },
];

/** Suffixes that close a locally named body after a free middle part (北京市朝阳区 + 金融社会风险防控工作 + 领导小组办公室). */
export const FREE_SUFFIXES = [
  // (a group's office before the group: X专项整治工作小组办公室)
  "工作小组办公室",
  "领导小组办公室",
  "指挥部办公室",
  "领导小组",
  "工作小组",
  "指挥部",
  // a standing joint conference's office (上海市金融稳定联席会议办公室, X市处置非法集资联席会议办公室)
  "联席会议办公室",
  // (its short form, 上海市金融稳定联席办: named by the full suffix, FREE_SUFFIX_FULL)
  "联席办",
  // and the conference itself, a body its members make up (X市整治虚拟货币“挖矿”活动联席会议由A、B…组成)
  "联席会议",
  // a coordinating group and its office (X省节能专项工作协调办公室, X市整治工作协调小组)
  "协调小组办公室",
  "协调办公室",
  "协调小组",
  // a special clean-up group (X市互联网金融风险专项整治小组)
  "专项整治小组",
  // a task force a government sets up for one campaign (X市虚拟货币挖矿整治工作专班, X市有序用电工作专班)
  "工作专班",
];

/** The full form of a free suffix written short (X联席办 is X联席会议办公室). */
export const FREE_SUFFIX_FULL: Readonly<Record<string, string>> = { 联席办: "联席会议办公室" };

/**
 * Foreign bodies composed as country + suffix (土耳其央行, 韩国财政部, 印度政府 whose officials speak; a government
 * only owning what follows, 美国政府的监管行动, is the country's: extract/agencies.ts).
 */
export const FOREIGN_SUFFIXES: Array<{ forms: string[]; canonical: string }> = [
  { forms: ["中央银行", "央行"], canonical: "中央银行" },
  { forms: ["财政部"], canonical: "财政部" },
  { forms: ["政府"], canonical: "政府" },
  // 美国证监会 is the SEC: a country's 证监会 is its own securities regulator, never China's
  { forms: ["证券交易委员会", "证交会", "证监会", "SEC"], canonical: "证券交易委员会" },
  { forms: ["金融监管局", "金融服务管理局"], canonical: "金融监管局" },
  // more regulators, legislatures and law-enforcement bodies a country's name opens (美国商品期货交易委员会, 日本金融厅,
  // 新加坡金融管理局, 英国金融行为监管局, 韩国金融服务委员会, 美国司法部, 美国国会; source: the bodies' Chinese names as
  // Xinhua writes them)
  { forms: ["商品期货交易委员会", "商品期货委员会", "CFTC"], canonical: "商品期货交易委员会" },
  { forms: ["金融厅"], canonical: "金融厅" },
  // (Japan's 金融厅 as Taiwan's and Hong Kong's papers also write it)
  { forms: ["金融服务局"], canonical: "金融服务局" },
  { forms: ["金融管理局", "金管局"], canonical: "金融管理局" },
  { forms: ["金融行为监管局"], canonical: "金融行为监管局" },
  { forms: ["金融服务委员会"], canonical: "金融服务委员会" },
  { forms: ["金融委员会"], canonical: "金融委员会" },
  { forms: ["金融市场监督管理局", "金融市场监管局"], canonical: "金融市场监督管理局" },
  { forms: ["金融市场管理局"], canonical: "金融市场管理局" },
  { forms: ["联邦金融监管局"], canonical: "联邦金融监管局" },
  { forms: ["证券和投资委员会", "证券投资委员会"], canonical: "证券和投资委员会" },
  { forms: ["证券管理局"], canonical: "证券管理局" },
  { forms: ["货币监理署"], canonical: "货币监理署" },
  { forms: ["金融犯罪执法网络"], canonical: "金融犯罪执法网络" },
  { forms: ["海外资产控制办公室"], canonical: "海外资产控制办公室" },
  { forms: ["国税厅"], canonical: "国税厅" },
  { forms: ["警察厅"], canonical: "警察厅" },
  { forms: ["金融监督院"], canonical: "金融监督院" },
  { forms: ["证券委员会"], canonical: "证券委员会" },
  { forms: ["储备银行"], canonical: "储备银行" },
  { forms: ["国家银行"], canonical: "国家银行" },
  { forms: ["司法部"], canonical: "司法部" },
  // the ministries the miners' new hosts act through (哈萨克斯坦能源部, 伊朗能源部, 美国能源部; 哈萨克斯坦数字发展部)
  { forms: ["能源部"], canonical: "能源部" },
  { forms: ["数字发展部"], canonical: "数字发展部" },
  // (and by the Latin initials the papers keep after the country: 美国FBI, 美国SEC, 美国CFTC)
  { forms: ["联邦调查局", "FBI"], canonical: "联邦调查局" },
  { forms: ["国税局", "国内收入局"], canonical: "国税局" },
  { forms: ["税务局"], canonical: "税务局" },
  { forms: ["国会"], canonical: "国会" },
  { forms: ["参议院"], canonical: "参议院" },
  { forms: ["众议院"], canonical: "众议院" },
  { forms: ["议会"], canonical: "议会" },
  // the United States' central bank as Chinese media write it (美国联储局, 美国联邦储备局)
  { forms: ["联邦储备委员会", "联邦储备局", "联储局", "联储"], canonical: "联邦储备委员会" },
];

/**
 * Numbered units inside a body, written right after it (X市纪委监委第三监督检查室, X县人民检察院第二检察部, X市税务局
 * 第一稽查局): each its own Agency when the text acts through it. Source: 纪检监察机关派驻机构工作规则 and the discipline
 * commissions' internal organisation (监督检查室/审查调查室 since 2018), the procuratorates' 内设机构改革 (2019, 第N检察部),
 * the tax bureaus' 稽查局 (国税地税征管体制改革方案, 2018).
 */
export const NUMBERED_UNITS = ["监督检查室", "审查调查室", "纪检监察室", "检察部", "稽查局", "派驻纪检监察组"];

/** Units written by kind alone right after their body (X市税务局稽查局, X县人民法院刑事审判庭); same sources. */
export const BODY_UNITS = [
  "稽查局",
  "刑事审判庭",
  "民事审判庭",
  "行政审判庭",
  "执行局",
  "案件审理室",
  // a large city's police economic-crime bureau (深圳市公安局经济犯罪侦查局, short 经侦局); source: the city bureaus'
  // published internal organisation
  "经济犯罪侦查局",
  "经侦局",
  // a customs office's anti-smuggling bureau (X海关缉私局, 海关总署缉私局); source: 关于组建海关缉私警察队伍实施方案
  // (1999), which set up the bureau at the General Administration and at each directly subordinate customs office
  "缉私局",
  // a discipline commission's publicity department speaking for it (X省纪委监委宣传部表示); source: the commissions'
  // published internal organisation
  "宣传部",
];

/** The full name of a unit written by its short form (经侦局 → 经济犯罪侦查局). */
/**
 * Divisions whose body of a standard kind bore its own name (division code → standard canonical → the name's body):
 * a short form (上海市金融办) names that body. Source: the divisions' 2009–2018 government organisation plans
 * (上海市人民政府机构设置: 上海市金融服务办公室).
 */
export const OWN_BODY_NAMES: Record<string, Record<string, string>> = {
  "31": { 人民政府金融工作办公室: "金融服务办公室" },
};

export const UNIT_FULL_NAMES: Record<string, string> = {
  经侦局: "经济犯罪侦查局",
  刑侦局: "刑事侦查局",
  网安局: "网络安全保卫局",
  // the central bank's departments by the short forms its own releases use (source: 中国人民银行 内设机构, the bank's
  // published internal organisation)
  支付司: "支付结算司",
  货政司: "货币政策司",
  金市司: "金融市场司",
  调统司: "调查统计司",
  金稳局: "金融稳定局",
  征信局: "征信管理局",
  消保局: "金融消费权益保护局",
  条法司: "条约法律司",
  // the NDRC's and MIIT's departments by the short forms their releases use (source: 国家发展和改革委员会 and 工业和信息化部
  // 内设机构, the ministries' published internal organisation)
  运行局: "经济运行调节局",
  环资司: "资源节约和环境保护司",
  产业司: "产业发展司",
  高技术司: "创新和高技术发展司",
  体改司: "体制改革综合司",
  节能司: "节能与综合利用司",
  原材料司: "原材料工业司",
};
