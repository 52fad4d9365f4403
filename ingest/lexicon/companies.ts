/**
 * Known companies of the sector (exchanges, miner makers, pools, platforms,
 * payment firms, research firms) with their English and short names, plus the
 * suffixes that make an unknown name a company.
 */
export interface CompanyEntry {
  name: string;
  aliases: string[];
  sector:
    | "exchange"
    | "mining"
    | "pool"
    | "platform"
    | "payment"
    | "research"
    | "education"
    | "bank"
    | "utility"
    | "telecom"
    | "other";
}

export const COMPANIES: CompanyEntry[] = [
  { name: "币安", aliases: ["Binance", "币安网"], sector: "exchange" },
  { name: "火币", aliases: ["火币网", "Huobi", "火币全球站", "Huobi Global", "火币集团", "HTX"], sector: "exchange" },
  { name: "OKEx", aliases: ["OKX", "OKCoin", "OKCoin币行", "币行", "欧易", "OK交易所"], sector: "exchange" },
  { name: "比特币中国", aliases: ["BTCChina", "BTC China", "BTCC"], sector: "exchange" },
  // the exchanges' Hong Kong-listed arms, firms of their own that the markets pages name beside them (source: HKEX
  // listings 01611 and 01499; 欧科云链 runs the OKLink explorer)
  { name: "火币科技", aliases: ["火币科技控股有限公司", "Huobi Technology"], sector: "exchange" },
  { name: "欧科云链", aliases: ["欧科云链控股有限公司", "OKG Technology", "OKLink"], sector: "exchange" },
  { name: "抹茶", aliases: ["MXC", "MEXC", "抹茶交易所"], sector: "exchange" },
  { name: "BitMax", aliases: ["AscendEX"], sector: "exchange" },
  { name: "中币", aliases: ["ZB.com"], sector: "exchange" },
  { name: "库币", aliases: ["KuCoin"], sector: "exchange" },
  { name: "比特儿", aliases: ["Gate.io", "芝麻开门"], sector: "exchange" },
  { name: "Coinbase", aliases: [], sector: "exchange" },
  { name: "FTX", aliases: [], sector: "exchange" },
  { name: "Bybit", aliases: [], sector: "exchange" },
  // (Taiwan's press writes it 位元大陆)
  { name: "比特大陆", aliases: ["Bitmain", "位元大陆"], sector: "mining" },
  { name: "嘉楠科技", aliases: ["Canaan", "嘉楠耘智", "嘉楠"], sector: "mining" },
  { name: "亿邦国际", aliases: ["Ebang", "亿邦"], sector: "mining" },
  { name: "比特小鹿", aliases: ["Bitdeer"], sector: "mining" },
  // (MicroBT is 深圳比特微电子科技, 比特微, the maker of the 神马 miners; 微比特 is ViaBTC's Chinese name, below)
  { name: "比特微", aliases: ["MicroBT", "神马矿机"], sector: "mining" },
  // the graphics-card makers whose cards the genre's miners buy and customs seize (辉达: Taiwan's name)
  { name: "英伟达", aliases: ["NVIDIA", "Nvidia", "辉达"], sector: "other" },
  { name: "AMD", aliases: ["超威半导体", "超微半导体"], sector: "other" },
  { name: "鱼池", aliases: ["F2Pool", "鱼池矿池"], sector: "pool" },
  { name: "蚂蚁矿池", aliases: ["AntPool"], sector: "pool" },
  { name: "腾讯", aliases: ["Tencent", "腾讯公司"], sector: "platform" },
  { name: "百度", aliases: ["Baidu"], sector: "platform" },
  { name: "微博", aliases: ["Weibo", "新浪微博"], sector: "platform" },
  { name: "迅雷", aliases: ["Xunlei"], sector: "platform" },
  { name: "阿里巴巴", aliases: ["Alibaba"], sector: "platform" },
  // the shopping platforms whose bans on selling coins and mining machines the genre reports (2014, 2021)
  { name: "淘宝", aliases: ["淘宝网", "Taobao"], sector: "platform" },
  { name: "闲鱼", aliases: ["Xianyu"], sector: "platform" },
  { name: "支付宝", aliases: ["Alipay"], sector: "payment" },
  // 腾讯's payment platform (source: the People's Bank's list of licensed non-bank payment institutions, 2011)
  { name: "财付通", aliases: ["Tenpay"], sector: "payment" },
  // the card network and other licensed payment institutions (same source)
  { name: "中国银联", aliases: ["银联", "UnionPay"], sector: "payment" },
  { name: "易宝支付", aliases: ["YeePay"], sector: "payment" },
  { name: "汇付天下", aliases: ["ChinaPnR"], sector: "payment" },
  { name: "拉卡拉", aliases: ["Lakala"], sector: "payment" },
  { name: "连连支付", aliases: ["LianLian Pay"], sector: "payment" },
  { name: "蚂蚁集团", aliases: ["Ant Group", "蚂蚁金服"], sector: "payment" },
  { name: "易观", aliases: ["Analysys", "易观分析"], sector: "research" },
  { name: "火币大学", aliases: [], sector: "education" },
  { name: "国家电网", aliases: ["国家电网有限公司", "国网", "State Grid"], sector: "utility" },
  { name: "中国南方电网", aliases: ["南方电网"], sector: "utility" },
  { name: "中国移动", aliases: ["中国移动通信集团", "China Mobile"], sector: "telecom" },
  { name: "中国联通", aliases: ["中国联合网络通信集团", "China Unicom"], sector: "telecom" },
  { name: "中国电信", aliases: ["中国电信集团", "China Telecom"], sector: "telecom" },
  // Exchanges that served mainland users 2013–2021 or that the news of the crackdown names beside them (sources: the
  // exchanges' own names and announcements; CoinMarketCap's exchange rankings 2017–2021)
  { name: "比特币交易网", aliases: ["BTCTrade"], sector: "exchange" },
  { name: "比特时代", aliases: ["BTC38"], sector: "exchange" },
  { name: "云币网", aliases: ["云币", "Yunbi"], sector: "exchange" },
  { name: "聚币网", aliases: ["聚币", "Jubi"], sector: "exchange" },
  { name: "元宝网", aliases: [], sector: "exchange" },
  { name: "币赢网", aliases: ["币赢", "CoinW"], sector: "exchange" },
  { name: "币看", aliases: ["BitKan"], sector: "exchange" },
  { name: "热币", aliases: ["Hotcoin", "热币网", "热币交易所"], sector: "exchange" },
  { name: "BiKi", aliases: ["BiKi交易所"], sector: "exchange" },
  { name: "BKEX", aliases: ["币客"], sector: "exchange" },
  { name: "LBank", aliases: [], sector: "exchange" },
  { name: "CoinEx", aliases: [], sector: "exchange" },
  { name: "Bitfinex", aliases: [], sector: "exchange" },
  { name: "Kraken", aliases: [], sector: "exchange" },
  { name: "Bitstamp", aliases: [], sector: "exchange" },
  { name: "Bittrex", aliases: [], sector: "exchange" },
  { name: "Poloniex", aliases: [], sector: "exchange" },
  { name: "BitMEX", aliases: [], sector: "exchange" },
  { name: "Deribit", aliases: [], sector: "exchange" },
  { name: "Bithumb", aliases: [], sector: "exchange" },
  { name: "Upbit", aliases: [], sector: "exchange" },
  { name: "Mt.Gox", aliases: ["Mt. Gox", "Mt Gox", "门头沟"], sector: "exchange" },
  { name: "芝加哥商品交易所", aliases: ["CME", "芝商所", "芝加哥商业交易所"], sector: "exchange" },
  { name: "芝加哥期权交易所", aliases: ["CBOE", "芝期所"], sector: "exchange" },
  // Pools and miner makers (sources: BTC.com's pool distribution 2019–2021; the makers' own names and filings)
  // (its Chinese name 微比特, the pool's and the exchange it shut in 2017: 微比特矿池, 微比特交易平台)
  { name: "ViaBTC", aliases: ["微比特"], sector: "pool" },
  { name: "莱比特矿池", aliases: ["Lubian"], sector: "pool" },
  { name: "Slush Pool", aliases: ["SlushPool"], sector: "pool" },
  { name: "Foundry USA", aliases: [], sector: "pool" },
  { name: "芯动科技", aliases: ["Innosilicon"], sector: "mining" },
  { name: "翼比特", aliases: ["Ebit"], sector: "mining" },
  { name: "比特矿业", aliases: ["BIT Mining", "500彩票网"], sector: "mining" },
  { name: "第九城市", aliases: ["The9", "九城"], sector: "mining" },
  { name: "Core Scientific", aliases: [], sector: "mining" },
  { name: "Riot Blockchain", aliases: ["Riot Platforms"], sector: "mining" },
  { name: "Marathon Digital", aliases: ["Marathon Patent"], sector: "mining" },
  // Firms the news of the sector names: issuers, investors, analytics (their own names)
  { name: "Tether", aliases: ["泰达公司"], sector: "other" },
  { name: "Circle", aliases: [], sector: "other" },
  // (the TRON chain's firm, whose head the news quotes; KNOWN_PEOPLE in people.ts names him)
  { name: "波场", aliases: ["TRON", "波场TRON"], sector: "other" },
  { name: "灰度", aliases: ["Grayscale", "灰度投资", "灰度基金"], sector: "other" },
  { name: "MicroStrategy", aliases: ["微策略"], sector: "other" },
  { name: "特斯拉", aliases: ["Tesla"], sector: "other" },
  { name: "PayPal", aliases: ["贝宝"], sector: "payment" },
  { name: "Chainalysis", aliases: [], sector: "research" },
  // Banks whose heads the sector's news quotes (their own names)
  { name: "摩根大通", aliases: ["JPMorgan", "JP Morgan", "JPMorgan Chase", "小摩"], sector: "bank" },
  { name: "高盛", aliases: ["Goldman Sachs", "高盛集团"], sector: "bank" },
  // and the investment banks that sponsor the miner makers' listings (their own names)
  { name: "摩根士丹利", aliases: ["Morgan Stanley", "大摩"], sector: "bank" },
  { name: "瑞信", aliases: ["Credit Suisse", "瑞士信贷"], sector: "bank" },
  { name: "瑞银", aliases: ["UBS", "瑞银集团"], sector: "bank" },
  { name: "花旗", aliases: ["Citigroup", "花旗集团"], sector: "bank" },
  { name: "招银国际", aliases: ["CMB International"], sector: "bank" },
  // The large state-owned and joint-stock commercial banks the regulators summon over trading (source: the banking
  // regulator's list of 大型商业银行 and 全国性股份制商业银行, as BANK_CORES): each by its registered name, the short
  // names the press writes as aliases (工商银行 → 中国工商银行); two-character forms (工行, 建行) are left out, as they
  // end other words (施工行业)
  { name: "中国工商银行", aliases: ["工商银行"], sector: "bank" },
  { name: "中国农业银行", aliases: ["农业银行"], sector: "bank" },
  { name: "中国银行", aliases: [], sector: "bank" },
  { name: "中国建设银行", aliases: ["建设银行"], sector: "bank" },
  { name: "交通银行", aliases: [], sector: "bank" },
  { name: "中国邮政储蓄银行", aliases: ["邮储银行", "邮政储蓄银行"], sector: "bank" },
  { name: "招商银行", aliases: [], sector: "bank" },
  { name: "中信银行", aliases: [], sector: "bank" },
  { name: "中国光大银行", aliases: ["光大银行"], sector: "bank" },
  { name: "华夏银行", aliases: [], sector: "bank" },
  { name: "中国民生银行", aliases: ["民生银行"], sector: "bank" },
  { name: "广发银行", aliases: [], sector: "bank" },
  { name: "平安银行", aliases: [], sector: "bank" },
  { name: "兴业银行", aliases: [], sector: "bank" },
  { name: "上海浦东发展银行", aliases: ["浦发银行"], sector: "bank" },
  { name: "浙商银行", aliases: [], sector: "bank" },
  { name: "渤海银行", aliases: [], sector: "bank" },
  { name: "恒丰银行", aliases: [], sector: "bank" },
  // Platforms and cloud providers asked to stop serving mining or trading (their own names)
  { name: "阿里云", aliases: ["Alibaba Cloud"], sector: "platform" },
  { name: "腾讯云", aliases: ["Tencent Cloud"], sector: "platform" },
  { name: "华为", aliases: ["Huawei", "华为公司"], sector: "platform" },
  // Power generators of the hydro and coal provinces (source: the State Council's list of central state-owned enterprises)
  { name: "中国华能集团有限公司", aliases: ["华能集团", "中国华能"], sector: "utility" },
  { name: "中国大唐集团有限公司", aliases: ["大唐集团", "中国大唐"], sector: "utility" },
  { name: "中国华电集团有限公司", aliases: ["华电集团", "中国华电"], sector: "utility" },
  { name: "国家电力投资集团有限公司", aliases: ["国家电投", "国家电力投资集团"], sector: "utility" },
  { name: "国家能源投资集团有限责任公司", aliases: ["国家能源集团", "国家能源投资集团"], sector: "utility" },
  { name: "中国长江三峡集团有限公司", aliases: ["三峡集团", "中国三峡集团"], sector: "utility" },
  // Stock exchanges the sector's miners and exchanges list on (their own names; an exchange is a company)
  { name: "纳斯达克", aliases: ["Nasdaq", "NASDAQ", "纳斯达克交易所"], sector: "other" },
  { name: "纽约证券交易所", aliases: ["纽交所", "NYSE"], sector: "other" },
  { name: "香港交易所", aliases: ["港交所", "香港交易及结算所", "HKEX", "香港联合交易所"], sector: "other" },
  { name: "上海证券交易所", aliases: ["上交所"], sector: "other" },
  { name: "深圳证券交易所", aliases: ["深交所"], sector: "other" },
];

/**
 * The stock exchanges above: written as where a firm lists (在纳斯达克上市, 上市纽交所, 登陆港交所) they are a venue, not
 * a party to what the text tells, and make no node there.
 */
export const LISTING_VENUES = new Set(["纳斯达克", "纽约证券交易所", "香港交易所", "上海证券交易所", "深圳证券交易所"]);

/** The words a platform signs a notice to its users with after its name (X团队, X运营团队, X全球站团队). */
export const TEAM_WORDS = "(?:全球站|官方)?(?:运营)?团队";

/** Suffixes that close a company name. */
export const COMPANY_SUFFIXES = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "集团",
  "交易所",
  // a platform named by its Latin brand (Bitget交易平台 → Bitget); a Chinese core only when it is a known company
  "交易平台",
  "矿池",
  "电力公司",
  "电网公司",
  // county power-supply companies of the grid (国网X县供电公司)
  "供电分公司",
  "供电公司",
  // the same companies under their pre-2012 name (X县供电局, a unit of the grid, not a government bureau); source: 国家
  // 电网公司 县级供电企业"子改分"/更名 (2012-2013), after which they are named 国网X县供电公司
  "供电局",
  // power-trading centres (北京电力交易中心, 四川电力交易中心): companies by EXTRACTION.md
  "电力交易中心",
];

/**
 * Words that make a `…公司/交易所` phrase generic, not a name (上市挖矿公司, 营运数据中心, 铝业公司: kinds of firm;
 * 地方电力公司, 另一头部交易所, 上级银行, 不同交易所, 各市州电力公司: local, other or related firms of a kind; 我们公司:
 * the speaker's firm; 一处数据中心, 两个交易所: a count of firms).
 */
export const GENERIC_COMPANY_CORE =
  /^(全球|全国|各国|地方|当地|本地|外地|属地|上级|下级|基层|不同|别的|多个|其它|我们|你们|他们|她们|它们|咱们|我|你|他|她|自己|自家|市州|市县|县市|省市|区县|县区|地市|市级|县级|省级|乡镇|另一|另外一?|一些|部分|虚拟货币|虚拟币|加密货币|数字货币|数字资产|比特币|第三方|支付|这家|该|一家|多家|各家|大型|其他|相关|境外|境内|国内|海外|中心化|去中心化|主流|头部|上市|科技|互联网|网络|证券|期货|商品|交易|金融|平台|母|子|分|本|原|新|老|其|各|多|某|最大|最小|最早|最新|最强|第一大|第二大|第三大|挖矿|矿业|营运|运营|托管|矿机|铝业|驱动|分析|数据|研究|咨询|调研|区块链|投资|组合|资产|基金|管理|资产管理|顾问|与|和|股份制|高新|高新技术|高科技|下属|所属|旗下|关联|控股|参股|合作|[一二两三四五六七八九十百几数多0-9０-９]+[处座个家间所栋])+$/;

/**
 * The cores of the large state-owned and joint-stock commercial banks (source: the banking regulator's list of
 * 大型商业银行 and 全国性股份制商业银行): written before 银行卡 (建设银行卡) they still name the bank.
 */
export const BANK_CORES = [
  "中国工商",
  "工商",
  "中国建设",
  "建设",
  "中国农业",
  "农业",
  "中国",
  "交通",
  "中国邮政储蓄",
  "邮政储蓄",
  "邮储",
  "招商",
  "中信",
  "光大",
  "中国光大",
  "民生",
  "中国民生",
  "浦发",
  "兴业",
  "平安",
  "华夏",
  "广发",
  "浙商",
  "渤海",
  "恒丰",
];

/**
 * The grammar of a company's registered-style name written with a bare 公司 (`../extract/bare-companies.ts`
 * `bareCompanies`): [a division] + a trade name + [industry words] + a kind word. Industry words are the 行业表述 of
 * the enterprise-name rules (企业名称登记管理规定, 2020, art. 8: 行政区划 + 字号 + 行业或者经营特点 + 组织形式) that the
 * genre's firms carry; a name made only of them (科技公司, 电力能源公司) is a kind of firm, not a firm. Longest first.
 */
export const INDUSTRY_WORDS = [
  "信息技术",
  "网络科技",
  "数字科技",
  "区块链",
  "云计算",
  "大数据",
  "供应链",
  "互联网",
  "新能源",
  "科技",
  "技术",
  "信息",
  "网络",
  "数字",
  "数据",
  "计算",
  "电子",
  "通信",
  "软件",
  "智能",
  "电力",
  "能源",
  "电气",
  "矿业",
  "实业",
  "投资",
  "咨询",
  "顾问",
  "管理",
  "贸易",
  "商贸",
  "金融",
  "资产",
  "控股",
  "发展",
  "建设",
  "文化",
  "传媒",
  "营销",
  "策划",
  "广告",
  "服务",
  "工程",
  "开发",
  "物流",
  "环保",
  "水电",
  "热电",
  "发电",
  "煤业",
  "煤炭",
  "化工",
  "钢铁",
  "国际",
  "电修",
  "机械",
  "机电",
  "电器",
  "制造",
  "加工",
  "水泥",
  "纺织",
  "食品",
  "印刷",
  "修理",
];

/**
 * The kind words a company's name may end in with nothing but a trade name before them (`bareCompanies`), beside
 * the legal forms of `COMPANY_SUFFIXES`: `after` is what before the kind word makes it part of another word or
 * suffix (有限公司, 分公司, 发电厂 of 电厂); `industry` when the trade name alone is too weak (宏利达电修厂, never 该厂);
 * `latinMin` the shortest Latin trade name (GM基金会). Source: the organisation forms of 企业名称登记管理规定 (公司,
 * 厂) and of 基金会管理条例 (基金会).
 */
export const BARE_KINDS: Array<{
  form: string;
  after: RegExp;
  industry: boolean;
  latinMin: number;
  sector: CompanyEntry["sector"] | null;
  /** What must stand right before the trade name, when the kind word is a common noun too (网吧). */
  opensAfter?: RegExp;
}> = [
  { form: "公司", after: /(有限|责任|股份|电力|电网|供电|[分子母总])$/, industry: false, latinMin: 3, sector: null },
  { form: "基金会", after: /(公益|慈善|私募|公募)$/, industry: false, latinMin: 2, sector: null },
  { form: "厂", after: /(工|电|药|酒|发电|水|矿|油|船|兵工|车)$/, industry: true, latinMin: 3, sector: null },
  // accounting and law firms, the experts a court or a regulator relies on (苏州某某会计师事务所, 某某律师事务所)
  {
    form: "会计师事务所",
    after: /(该|此|这|那|各|家|多|的|和|及|、|一|专业|相关|有关|第三方|审计)$/,
    industry: false,
    latinMin: 2,
    sector: null,
  },
  {
    form: "律师事务所",
    after: /(该|此|这|那|各|家|多|的|和|及|、|一|专业|相关|有关|第三方)$/,
    industry: false,
    latinMin: 2,
    sector: null,
  },
  // (and its short form, as firms write their own name: 洛亚律所)
  {
    form: "律所",
    after: /(该|此|这|那|各|家|多|的|和|及|、|一|专业|相关|有关|第三方|本|我|大|红圈|知名|头部)$/,
    industry: false,
    latinMin: 2,
    sector: null,
  },
  // a sole trader's or an individual business's registered name (X区常盛文具商行, X县宏达电子产品经营部), the parties a
  // court names as buyers and sellers of mining rigs (source: 个体工商户名称登记管理办法, 2008: 行政区划 + 字号 + 行业 +
  // 组织形式, 组织形式 such as 商行, 经营部); a determiner or a body's word before them is a kind or a unit (该商行,
  // 公司经营部)
  {
    form: "商行",
    after: /(该|此|这|那|各|家|多|的|和|及|、|一|外|总|分|本|银)$/,
    industry: false,
    latinMin: 3,
    sector: null,
  },
  {
    form: "经营部",
    after: /(该|此|这|那|各|家|多|的|和|及|、|一|业务|市场|销售|公司|集团|总|分|本)$/,
    industry: false,
    latinMin: 3,
    sector: null,
  },
  // a data centre's operator by its trade name (华锐数据中心); a big-data centre (大数据中心) is as often a
  // government unit, and a cloud/computing word before it is the kind, not the trade (云数据中心)
  {
    form: "数据中心",
    // (and a verb of disguising or turning into: 伪装成数据中心, 改造成数据中心, 作为数据中心; a body's own centre,
    // 市发改委数据中心, is its unit)
    after:
      /(大|云|算力|超算|智算|互联网|国家|政务|灾备|备份|[装造变改建当]成|作为|成为|称为|冒充|伪装|区分|力推|推进|建设|打造|发展|布局|引进|新建|扩建|规划|利用|依托|租用|全[省市县区国州旗]|本[省市县区]|辖区|境内|[委局厅办])$/,
    industry: false,
    latinMin: 2,
    sector: "platform",
  },
  // an internet café by its trade name (虚灵网吧), where mining rigs are often hidden: the name quoted or opening a
  // phrase (…行为的虚灵网吧, 查处“挖矿”虚灵网吧, ，虚灵网吧经营者); a determiner or a place word before 网吧 names cafés
  // in general (该网吧, 属地网吧), and a verb before it is no name (包括限制网吧)
  {
    form: "网吧",
    after: /(黑|该|此|这|那|各|家|间|属地|相关|部分|辖区|城区|农村|一些|多|个|地|的|和|及|、)$/,
    industry: false,
    latinMin: 2,
    sector: null,
    opensAfter: /^(|[的“"「”」，,。：:\s])$/,
  },
];

/**
 * Two-character words before a bare 公司 that name a kind, a share or a role of firms, never a trade name (涉案公司,
 * 空壳公司, 物业公司): with no other trade name before them the phrase is generic.
 */
export const GENERIC_TRADE = new Set([
  // (a line of business told in quotes, 一家「换汇公司」: what it does, no trade name)
  "换汇",
  "上市",
  "涉案",
  "涉事",
  "涉嫌",
  "空壳",
  "皮包",
  "壳",
  "物业",
  "保险",
  "证券",
  "基金",
  "信托",
  "担保",
  "中介",
  "外包",
  "快递",
  "运营",
  "代理",
  "经营",
  "销售",
  "国有",
  "国营",
  "民营",
  "私营",
  "外资",
  "合资",
  "独资",
  "股份",
  "集团",
  "总",
  "母",
  "子",
  "分",
  "本",
  "贵",
  "新",
  "老",
  "原",
  "大",
  "小",
  "两",
  "这",
  "那",
  "该",
  "此",
  "其",
  "各",
  "某",
  "这个",
  "那个",
  "一个",
  "家",
  "同一",
  "关联",
  "相关",
  "有关",
  "电网",
  "供电",
  "支付",
  "第三方",
  "技术服务",
  "租赁",
  "矿机",
  "矿场",
  "挖矿",
  "房地产",
  "网贷",
  "理财",
  "借贷",
  "小贷",
  "保理",
  "贷款",
  "私募",
  "投资咨询",
  "清算",
  "结算",
  "广告",
  "公关",
  "律师",
  "会计",
  "审计",
  "评估",
  "科创",
  // (a chip designer: 芯片设计公司)
  "芯片",
  "芯片设计",
]);

/**
 * Words before a company's name that end a clause (the acting verb, a case's role): the name starts after the last
 * one. Verbs of enforcement, contact, control and business, from the genre's reports (约谈了…, 查处…, 由X控制的…), and
 * the time adverbs a clause opens with (近日X公司组织…).
 */
export const CLAUSE_VERBS = [
  // a court's ruling and a regulator's call (法院判决X公司…, 央行致电X公司)
  "判决",
  "判令",
  "裁定",
  "宣判",
  "致电",
  // convening (在南昌召开全省数据中心清理工作推进会: the meeting's subject is no firm)
  "召开",
  "举办",
  "举行",
  "会同",
  "通知",
  "拒绝",
  "应当",
  "要求",
  "联合",
  "协调",
  "配合",
  "督促",
  "责令",
  "约谈",
  "告知",
  "报告",
  "举报",
  "联系",
  "协助",
  "发现",
  "接到",
  "收到",
  "查处",
  "查获",
  "查封",
  "查扣",
  "查明",
  "检查",
  "调查",
  "核查",
  "排查",
  "处罚",
  "罚款",
  "关停",
  "取缔",
  "冻结",
  "起诉",
  "控制",
  "注册",
  "成立",
  "设立",
  // (sealing with the firm's seal: 加盖公司印章, 盖有公司公章)
  "加盖",
  "盖有",
  // (money moved to a firm or a platform: 余款转入X公司, 提现至支付宝; paying damages to it: 愿意赔偿供电公司损失)
  "转入",
  "转至",
  "汇入",
  "提现至",
  "支付给",
  "赔偿",
  "租用",
  "收购",
  "入股",
  "投资",
  "建设",
  "属于",
  "隶属",
  "委托",
  "签订",
  // a firm's own record and people (创下公司历史最佳, 加入公司, 离开公司): the firm just named, not a name
  "创下",
  // a rule for the firm's own people (严禁集团员工…, 禁止公司员工…) and its use (利用公司电脑)
  "严禁",
  "禁止",
  "利用",
  "刷新",
  "加入",
  "离开",
  "执掌",
  "接管",
  "进入",
  "前往",
  "来到",
  "确保",
  "指导",
  "走访",
  "约见",
  "会见",
  "约请",
  "督导",
  "通报",
  "批评",
  "曝光",
  "公布",
  "介绍",
  "表示",
  "透露",
  "称",
  "是",
  "近日",
  "日前",
  "目前",
  "此前",
  "随后",
  "当天",
  "当日",
  "同时",
  "此外",
  "其中",
  "今年",
  "去年",
  "近期",
  "现已",
];

/** Words that close a branch's name after its company and place (X公司Y分公司, X银行Y分行/支行). */
export const BRANCH_WORDS = ["分公司", "分行", "支行", "营业部"];
