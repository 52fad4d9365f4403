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
  { name: "抹茶", aliases: ["MXC", "MEXC", "抹茶交易所"], sector: "exchange" },
  { name: "BitMax", aliases: ["AscendEX"], sector: "exchange" },
  { name: "中币", aliases: ["ZB.com"], sector: "exchange" },
  { name: "库币", aliases: ["KuCoin"], sector: "exchange" },
  { name: "比特儿", aliases: ["Gate.io", "芝麻开门"], sector: "exchange" },
  { name: "Coinbase", aliases: [], sector: "exchange" },
  { name: "FTX", aliases: [], sector: "exchange" },
  { name: "Bybit", aliases: [], sector: "exchange" },
  { name: "比特大陆", aliases: ["Bitmain"], sector: "mining" },
  { name: "嘉楠科技", aliases: ["Canaan", "嘉楠耘智", "嘉楠"], sector: "mining" },
  { name: "亿邦国际", aliases: ["Ebang", "亿邦"], sector: "mining" },
  { name: "比特小鹿", aliases: ["Bitdeer"], sector: "mining" },
  { name: "微比特", aliases: ["MicroBT", "神马矿机"], sector: "mining" },
  { name: "鱼池", aliases: ["F2Pool", "鱼池矿池"], sector: "pool" },
  { name: "蚂蚁矿池", aliases: ["AntPool"], sector: "pool" },
  { name: "腾讯", aliases: ["Tencent", "腾讯公司"], sector: "platform" },
  { name: "百度", aliases: ["Baidu"], sector: "platform" },
  { name: "微博", aliases: ["Weibo", "新浪微博"], sector: "platform" },
  { name: "迅雷", aliases: ["Xunlei"], sector: "platform" },
  { name: "阿里巴巴", aliases: ["Alibaba"], sector: "platform" },
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
];

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

/** Words that make a `…公司/交易所` phrase generic, not a name. */
export const GENERIC_COMPANY_CORE =
  /^(虚拟货币|虚拟币|加密货币|数字货币|数字资产|比特币|第三方|支付|这家|该|一家|多家|各家|大型|其他|相关|境外|境内|国内|海外|中心化|去中心化|主流|头部|上市|科技|互联网|网络|证券|期货|商品|交易|金融|平台|母|子|分|本|原|新|老|其|各|多|某)+$/;

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
