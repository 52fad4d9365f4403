/** What a company's name may be: the shared tests and builders of the company recognisers (a plausible core, a trade name, verbs and parties cut off, the candidate it becomes). */
import { GENERIC_COMPANY_CORE, INDUSTRY_WORDS } from "../lexicon/companies.js";
import { type Cand, COMPANY_BY_FORM, divisionAt, isCjk, LEX_BY_FORM, NAME_STOPS } from "./shared.js";
import type { EntityRef } from "../types.js";
import { DIVISION_BY_CODE, DIVISION_FORMS, provinceOf } from "../lexicon/divisions.js";

/** A company the tables do not know, as the patterns name it. */
export function newCompany(c: { name: string; aliases: string[]; sector: string | null }): EntityRef {
  return { label: "Company", name: c.name, aliases: c.aliases, properties: { sector: c.sector } };
}

/** A company candidate over [start, end): the tables' company when `known` (priority 6), else `fresh` at `priority`. */
/** A company named as written at `start`, of the sector its kind word says (the lexicon's entry when it has one). */
export function namedCompany(start: number, name: string, kind: string, priority: number): Cand {
  const known = COMPANY_BY_FORM.get(name.toLowerCase());
  return companyCand(
    start,
    start + name.length,
    known,
    { name, aliases: [], sector: SECTOR_OF[kind] ?? null },
    priority,
  );
}

export function companyCand(
  start: number,
  end: number,
  known: EntityRef | undefined,
  fresh: { name: string; aliases: string[]; sector: string | null },
  priority: number,
): Cand {
  // (a list's number glued before the name, 2.X科技有限公司 in a notice's annex: no part of it)
  const number = known ? null : fresh.name.match(/^\d{0,2}[.．、]\s*(?=[\u4e00-\u9fff])/);
  if (number) {
    start += number[0].length;
    fresh = { ...fresh, name: fresh.name.slice(number[0].length) };
  }
  // a known firm's registered name (亿邦国际控股有限公司 of 亿邦国际): the known firm, the registered name an alias
  const core = known ? null : fresh.name.match(REGISTERED_TAIL);
  const registered = core?.index ? COMPANY_BY_FORM.get(fresh.name.slice(0, core.index).toLowerCase()) : undefined;
  if (registered)
    return {
      start,
      end,
      ref: { ...registered, aliases: [...new Set([...registered.aliases, fresh.name])] },
      priority: 6,
      role: "company",
    };
  return {
    start,
    end,
    ref: known ?? newCompany(mainlandName(fresh)),
    priority: known ? 6 : priority,
    role: "company",
  };
}

/** Taiwan's words inside a firm's name and the mainland's (網路 → 网络), for a mainland firm's registered name. */
const TAIWAN_NAME_WORDS: Array<[RegExp, string]> = [
  [/网路/g, "网络"],
  [/资讯科技/g, "信息科技"],
];

/**
 * A mainland firm's registered name as a Taiwan outlet writes it (支付寶(中國)網路技術有限公司): named as registered,
 * with the mainland's words (支付宝（中国）网络技术有限公司), the name as written an alias. A firm registered in
 * (中国) or named after a mainland division is the mainland's; Taiwan's own firms keep their words.
 */
function mainlandName(fresh: { name: string; aliases: string[]; sector: string | null }): typeof fresh {
  if (!REGISTERED_TAIL.test(fresh.name) || !TAIWAN_NAME_WORDS.some(([re]) => fresh.name.search(re) >= 0)) return fresh;
  const d = divisionAt(fresh.name, 0, null);
  const province = d?.divs.length === 1 ? provinceOf(d.divs[0]!) : undefined;
  const mainland = /[（(]中国[）)]/.test(fresh.name) || (province && !/^(台湾|香港|澳门)/.test(province.name));
  if (!mainland) return fresh;
  const name = TAIWAN_NAME_WORDS.reduce((n, [re, w]) => n.replace(re, w), fresh.name);
  return { ...fresh, name, aliases: [...new Set([...fresh.aliases, fresh.name])] };
}

/** The legal and holding words a registered name ends with after the firm's own name (国际控股有限公司, 股份有限公司). */
const REGISTERED_TAIL = /(?:国际)?(?:控股)?(?:集团)?(?:股份)?(?:有限责任|有限)公司$/;
/** Where the industry words ending a name's core start (网络技术 of X网络技术), never before `floor`. */
function industryTailAt(core: string, floor = 0): number {
  let e = core.length;
  for (let again = true; again;) {
    again = false;
    for (const w of INDUSTRY_WORDS)
      if (e - w.length >= floor && core.startsWith(w, e - w.length)) {
        e -= w.length;
        again = true;
        break;
      }
  }
  return e;
}

/** Is a name's core made only of a division or country and industry words (网络技术, 北京市信息技术), no trade name? */
export function industryOnly(core: string): boolean {
  return industryTailAt(core) === 0;
}

export const BANK_SHORT_NAMES: Record<string, string> = {
  工行: "中国工商银行",
  农行: "中国农业银行",
  建行: "中国建设银行",
  中行: "中国银行",
  交行: "交通银行",
  招行: "招商银行",
};
/**
 * A listed firm's short name that is a division's name, with at most one character more: no firm's. A short name may
 * open with its home's (贵州茅台(600519), 信阳毛尖(00362)); a place alone (广东(2021)) is none.
 */
export const placeOnly = (core: string): boolean => {
  const place = divisionAt(core, 0, null);
  return !!place && place.len >= core.length - 1;
};

export const SECTOR_OF: Record<string, string> = {
  交易所: "exchange",
  交易平台: "exchange",
  交易中心: "exchange",
  矿池: "pool",
  电力公司: "utility",
  电网公司: "utility",
  供电分公司: "utility",
  供电公司: "utility",
  供电局: "utility",
  电力交易中心: "utility",
};
/** Bank-name cores that are kinds of bank, not names (and a verb whose object banks are: 下令银行, 要求银行). */
export const GENERIC_BANK =
  /(各大|辖内|辖区内|区内|准|人民|中央|商业|政策性|世界|民营|地方|网络|国有|大型|中小|外资|投资|农村|城市|村镇|托管|合作|开户|收款|发卡|代理|结算|清算|各|该|多家|部分|相关|境外|境内|国内|传统|影子|数字|虚拟|任何|个别|其他|其它|别的|另一|每家|某些|有些|若干|网站|平台|下令|要求|责令|督促|通知|指导|引导|禁止|允许|鼓励|提醒)$|[多几数每一两]间$|^(中国)?人民$/;

/** A clause's verb inside what precedes a company suffix: the name starts after the last one. */
export const CLAUSE_IN_CORE =
  /^.*(会同|通知|拒绝|应当|要求|联合|协调|配合|督促|责令|约谈|告知|报告|举报|联系|协助|一再|多次|立即|及时|随即|找到|来到|前往|发现|接到|收到|判决|裁定|判令|宣判|审理|驳回|认定|致电|约见|处罚|查处|查封|关停|通报|点名|吊销|注销|冻结|扣押|查扣|没收|罚没|取缔|封停|叫停|立案|起诉|公诉|警告|罚款|赔偿|转入|汇入|加盖)/;

/**
 * Verbs that may precede a name without punctuation (要求国网…公司, 约谈工商银行), time words and conjunctions that
 * open a clause (当时, 几天前, 随后, 否则, 未获得), and a year or a full date (2019年, 2020年3月5日; a month alone,
 * 2017年10月下旬, is not skipped): skipped at the start of a name.
 */
export const LEADING_VERBS =
  /^(因为|由于|因(?!特)|明知|得知|获悉|获知|协助|帮助|伙同|指使|委托|要求|责令|约谈|约见|入驻|进驻|走访|暗访|督促|通知|加盖|盖有|私接|私拉|盗接|盗用|窃取|私自|接线|偷接|偷用|违规|整个|各个|这些|那些|一些|部分|多家|各家|发至|抄送|报送|送达|组织|协调|联合|包括|其中|比如|例如|如|像|即|由|和|与|及|对|向|据|称|按照|根据|依据|依照|遵照|配合|指导|推动|支持|鼓励|查处|处罚|关停|关闭|屏蔽|封禁|取缔|清理|整顿|打击|监管|访问|注册|登录|使用|通过|进入|成立|设立|上线|下架|针对|涉及|涉嫌|起诉|告|严禁|禁止|利用|当时|早些时候|此时候|时候|此前|之前|此后|之后|随后|目前|现在|如今|近日|日前|近期|最近|早前|此时|届时|同时|当天|当日|同年|今年|去年|昨天|昨日|今天|今日|后来|(?:\d{2,4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月\d{1,2}日)?(?![\d〇零一二三四五六七八九十]{1,2}月)|\d{1,2}月\d{1,2}日|(?:不久|[几数两三\d]+(?:天|日|个月|年))(?:前|后)|否则|但是|然而|因此|所以|而且|并且|此外|另外|如果|尽管|虽然|即使|即便|哪怕|未能|未(?!来)|内(?=未|获得|取得|得到)|获得|取得|得到)+/;

/** Does `at` hold the 人 of a party's word (被告人, 当事人, 嫌疑人, 申请人, 被执行人), cut from it by a boundary? */
export const partyPerson = (text: string, at: number): boolean =>
  text[at] === "人" && /(被告|原告|当事|嫌疑|申请|执行)$/.test(text.slice(Math.max(0, at - 2), at));

export function trimVerbs(text: string, start: number, end: number): number {
  // (the second character of 给予, 约谈 or 约见, cut from its first by a boundary: 给予X公司党委书记Y处分, 约谈广西X银行)
  if (/^(?:给予|约谈|约见)$/.test(text.slice(start - 1, start + 1)) && start + 1 < end) start += 1;
  // an appositive names the company last: OKEx母公司OK集团 → OK集团, and so does a kind of firm (矿企X科技有限公司,
  // 矿机制造商X控股有限公司)
  // a party to a case names the company after it (原告X有限公司, 被上诉人X有限公司), and so does suing (…起诉X有限公司)
  // and holding a post there (李四曾任X公司董事, 在担任X供电公司总经理期间)
  const rel = text
    .slice(start, end)
    .match(
      /^.*(母公司|子公司|上市公司|旗下|控股股东|关联公司|运营方|原告|被告人|被告|上诉人|申请人|被执行人|第三人|甲方|乙方|起诉|辖区内|辖区|境内|当地|包括|例如|比如|实际控制|控制了|矿企|企业|矿商|矿机商|矿机厂商|矿机股|概念股|龙头股|区块链股|制造商|运营商|营运商|服务商|供应商|提供商|生产商|开发商|巨头|品牌|担任|出任|任职于|任职|曾任|兼任|历任|时任|下令|责令|勒令|命令|要求|督促)/,
    );
  if (rel) start += rel[0].length;
  // (the 人 of a party's word cut from it by a boundary: 被告人盗用X公司电力)
  if (partyPerson(text, start) && start + 1 < end) start += 1;
  const m = text.slice(start, end).match(LEADING_VERBS);
  if (m) start += m[0].length;
  // (the aspect word after the verb: 起诉了Ripple公司, 约谈了X公司)
  if ((rel || m) && text[start] === "了" && start + 1 < end) start += 1;
  // a preposition glued before the division a name opens with (经苏州X会计师事务所, 由杭州X公司): no part of it
  if (/^[经由从在被]/.test(text.slice(start, end)) && divisionAt(text, start + 1, null)) start += 1;
  return start;
}

/** The function words that end a company's name read leftwards, and 有 (共有, 拥有, 没有 X公司). */
export const COMPANY_STOPS = `${NAME_STOPS}有`;
/** Industry words of two characters with a function word in them (数据, 未来 is no industry word). */
const STOP_WORDS_OF_NAMES = new Set(INDUSTRY_WORDS.filter((w) => [...w].some((c) => NAME_STOPS.includes(c))));
/** Coins' and chains' names with a function word in them, which open foundations' and firms' names (以太坊基金会). */
const COIN_WORDS_OF_NAMES = new Set(["以太坊", "以太币", "以太经典"]);
/**
 * Is the function word at `i` part of a word of a company's name: an industry word (数据, 数据科技), a division's
 * name or short form (成都, 都江堰), or a coin's (以太坊)? Then reading a name leftwards goes on over it.
 */
export function inNameWord(text: string, i: number): boolean {
  for (let a = Math.max(0, i - 3); a <= i; a++)
    for (let n = Math.max(2, i - a + 1); n <= 4; n++) {
      const w = text.slice(a, a + n);
      if (STOP_WORDS_OF_NAMES.has(w) || DIVISION_FORMS.has(w) || COIN_WORDS_OF_NAMES.has(w)) return true;
    }
  return false;
}

/**
 * A registered name's core read as place, trade name, industry words (深圳市比特币科技, 杭州数字货币网络技术): a name,
 * whatever words its trade name holds, unless it is anonymized or a crime's (某, 诈骗团伙).
 */
export function placeOpenedTradeName(core: string): boolean {
  const place = divisionAt(core, 0, null);
  if (!place || place.divs.every((d) => d.level === "county")) return false;
  const e = industryTailAt(core, place.len + 1);
  const trade = core.slice(place.len, e);
  return (
    e < core.length && trade.length >= 2 && trade.length <= 6 && !/某|犯罪|诈骗|团伙|传销|非法|[的个家些]/.test(trade)
  );
}

/**
 * Can a Latin name read before a firm's role or 公司 be a firm: not a body or country the lexicon knows by it (SEC,
 * FBI), not one of `notAFirm` (a coin's, a title's abbreviation), and not three capitals or fewer the lexicon knows
 * no firm by.
 */
export function latinFirmName(name: string, notAFirm: RegExp): boolean {
  if (LEX_BY_FORM.get(name.toLowerCase())?.some((e) => e.ref.label !== "Company") || notAFirm.test(name)) return false;
  return !/^[A-Z]{1,3}$/.test(name) || COMPANY_BY_FORM.has(name.toLowerCase());
}

/** Latin abbreviations of things, offices and bodies written before 公司 that name no firm (ICO公司, IDC公司, CEO). */
export const LATIN_NOT_A_FIRM =
  /^(?:OTC|ICO|IPO|IEO|IMO|P2P|C2C|B2B|APP|VPN|USDT|BTC|ETH|CEO|CFO|CTO|COO|CIO|IDC|GPU|ASIC|NFT|DeFi|KYC|AML|SEC|CFTC|FBI|DOJ|IRS|FCA|MAS|SFC|USA|IT|AI|VIE|SPV|SPAC|ST)$/i;

/** A Latin registered name: capitalised words, then a legal form. */
export const LATIN_REGISTERED =
  /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,5},? (?:Limited|Ltd\.?|Inc\.?|Incorporated|Corporation|Corp\.|LLC|PLC|Co\., Ltd\.?|Pte\. Ltd\.?|GmbH|AG|S\.A\.)(?![A-Za-z])/g;

/** A group's name opening a registered name, another firm's name after it (九木集团|创世纪科技有限公司; not 集团控股, 集团股份). */
export const GROUP_BEFORE_FIRM =
  /^[\u4e00-\u9fffA-Za-z]{2,6}?集团(?!有限|股份|控股|公司|财务|[(（])(?=[\u4e00-\u9fff]{3,})/;
/** Is `s` a division's name and nothing more (集团香港有限公司's 香港)? */
export const divisionWhole = (s: string): boolean => divisionAt(s, 0, null)?.len === s.length;

/** Does a firm the lexicon knows start at `i` (特斯拉 of 特斯拉(Tesla))? */
export function knownFirmAt(text: string, i: number): boolean {
  for (let k = 2; k <= 8 && i + k <= text.length; k++)
    if (COMPANY_BY_FORM.get(text.slice(i, i + k).toLowerCase()) && !/^[A-Za-z0-9]/.test(text[i + k] ?? "")) return true;
  return false;
}

/** Could `core` (the text before …公司/集团/交易所/银行) be a company name? */
export function plausibleCompanyCore(core: string): boolean {
  if (core.length < 2 || GENERIC_COMPANY_CORE.test(core)) return false;
  // the locale's own word (我区数据中心, 本市企业, 全省矿企): the firms of a place, no name
  if (/^(?:我|本|全|各|该)[省市县区州旗盟镇乡]/.test(core)) return false;
  // a coin (以太币(Ether), 莱特币) is never a firm
  if (/^(?:以太|莱特|瑞波|狗狗|泰达|艾达|门罗|达世|波场|柚子|涂鸦|尔格|比特|瑞泰|元宝)币$|^以太坊$/.test(core))
    return false;
  if (
    /犯罪|诈骗|团伙|传销|利益|黑恶|虚拟|货币|比特币|加密|^数字|平台|企业|机构|所有|全部|部分|各大|主流|知名|合规|正规|非法|境外|境内|离岸|^国际|海外|本土|本地|国内|国外|大型|中小|小型|去中心化|分布式|这些|那些|上述|有关|相关|一些/.test(
      core,
    )
  )
    return false;
  if (/^\d+$/.test(core) || /(个|家|所|些|的|间)$/.test(core)) return false;
  // a line of business alone (加拿大广播公司 once its country is taken off, 一家科技公司, 保险公司): a kind, no name
  if (
    /^(?:广播|电视|通讯|出版|物流|快递|保险|证券|网络|信息|投资|贸易|媒体|传媒|广告|咨询|会计|律师|基金|信托|担保|租赁|科技)$/.test(
      core,
    )
  )
    return false;
  // an amount inside (人士200万元银行户口, 5000万元公司债) names a sum, not a firm
  if (
    /\d(?:余|多)?[万亿]?(?:元|港元|美元|港币)|[一二三四五六七八九十百千](?:余|多)?[万亿](?:元|港元|美元|港币)/.test(
      core,
    )
  )
    return false;
  // a firm being set up (在重庆新建公司, 另行注册公司) or a pool being reached (终端访问矿池): a verb, not a name
  if (/^(?:注册|设立|开设|组建|筹建)|新建(?!设)|新设|新成立|另设|另行|访问|连接|接入|登录/.test(core)) return false;
  // a verb of overseeing before a kind of firm (加强数据中心…管理, 规范交易平台): what is done to firms, no name
  if (/^(?:加强|强化|规范|推进|推动|督促|指导|引导|严格|全面|排查|核查|清查)/.test(core)) return false;
  // a verb taking the venue as its object, or a modal opening a clause (需注意交易所合规性, 可能面临银行风控, 操控矿池):
  // what is done to firms of a kind, no name
  if (
    /(?:注意|面临|关注|警惕|遭遇|遭到|受到|操控|操纵|控制|掌控|进入|使用|选择|依赖|借助|登录|访问|连接|利用|规避|绕过|绕开|避开|逃避|躲避)$/.test(
      core,
    ) ||
    /^(?:需要?|可能|应当?|须|必须)/.test(core)
  )
    return false;
  // a crackdown told before the kind (北京打压交易所, 全面清退交易所): a verb of regulating, not a name
  if (/打压|打击|整治|取缔|关停|关闭|清理|清退|叫停|禁止|封杀|查处|约谈|管控/.test(core)) return false;
  // a phrase opening with a joining word, a verb of holding a post, a quantity of firms or a verb of starting one
  // (而国内交易所, 在担任X公司总经理期间, 许多中国公司, 2009年开始经营公司), or a kind told by its age or stage (初代交易所, 创业公司, 老牌交易所): no name
  if (
    /^(?:而|但|并|且|却|则|即|担任|出任|任职|曾任|兼任|历任|许多|不少|很多|大量|众多|诸多|少数|一批|大批|开始|开办|经营|创业|初创|初代|早期|新兴|传统|老牌|小型|中型|新型)/.test(
      core,
    )
  )
    return false;
  // a point of a list (一要联络银行, 二是加强…, 其三): the text's own numbering, no name
  if (/^(?:[一二三四五六七八九十]+(?:要|是|则)|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[，,、]?)/.test(core))
    return false;
  // what is left or only there (仅剩下银行, 只有交易所, 还剩公司): an adverb and a verb of remaining, no name
  if (/(?:仅|只|还|尚)(?:剩下?|剩余|有|余)|剩下/.test(core)) return false;
  // a rank among firms (中国三大交易所, 四大银行, 两大平台): a kind, not a name
  if (/[一二两三四五六七八九十几数多\d]大$/.test(core)) return false;
  // an anonymized name (某某科技, XX, X科技) is no node; one masked but for its first character (上海勤某实业, 勤某) is
  // the firm a judgment names so
  if ((/某/.test(core) && !maskedTradeName(core)) || /^[XＸ×*＊]+(?![A-Za-z0-9])/.test(core)) return false;
  return true;
}

/** A case's party written right before a masked name (被告某公司, 上诉人某科技, 案外人某公司). */
const PARTY_BEFORE_MASK = /(?:被告|原告|上诉人|被上诉人|申请人|被申请人|第三人|案外人|被执行人)$/;

/** Does a name read from `s` start with the last character of a party's role, then 某 (被|告某公司: no firm named)? */
export const partyCut = (text: string, s: number): boolean =>
  text[s + 1] === "某" && PARTY_BEFORE_MASK.test(text.slice(Math.max(0, s - 4), s + 1));

/**
 * Where a name starts whose reading leftwards stopped at the 某 of a masked trade name (上海勤某|实业有限公司): at the
 * name's first character, or at the divisions written before it; `s` when no masked name stands before it.
 */
export function maskedStart(text: string, s: number): number {
  if (text[s - 1] !== "某" || s < 2 || !isCjk(text[s - 2]) || NAME_STOPS.includes(text[s - 2]!)) return s;
  // (a place's name right before 某, 上海某实业: a firm left unnamed)
  for (let k = Math.min(8, s - 1); k >= 2; k--) if (divisionAt(text, s - 1 - k, null)?.len === k) return s;
  let at = s - 2;
  for (let again = true; again;) {
    again = false;
    for (let k = Math.min(8, at); k >= 2; k--)
      if (divisionAt(text, at - k, null)?.len === k) {
        at -= k;
        again = true;
        break;
      }
  }
  return at;
}

/**
 * The chain of divisions `core` opens with from `from` (四川省成都市X科技: two), leaving at least one character after
 * it: where the chain ends, and how many divisions it holds.
 */
export function divisionsOpening(core: string, from: number): { end: number; count: number } {
  let end = from;
  let count = 0;
  for (let d = divisionAt(core, end, null); d && end + d.len < core.length; d = divisionAt(core, end, null)) {
    end += d.len;
    count++;
  }
  return { end, count };
}

/**
 * Does `core` hold a trade name a judgment masks but for its first character (上海勤某实业, 北京云某计算科技, 秦某): after
 * the divisions it opens with, one character of the name, then 某, and no 某 after.
 */
function maskedTradeName(core: string): boolean {
  const s = divisionsOpening(core, 0).end;
  return /^[\u4e00-\u9fff]某(?!某)[^某]*$/.test(core.slice(s)) && !/^[该其本此各每这那]/.test(core.slice(s));
}

export const PROVINCES = [...DIVISION_BY_CODE.values()].filter((d) => d.level === "province");
/** The provinces' full names (河南省, 内蒙古自治区), longest first. */
const PROVINCE_FULL_NAMES = PROVINCES.map((d) => d.name).sort((a, b) => b.length - a.length);
/** A province's full name, then a registered name's words up to its legal form: no clause break, verb or function word. */
const PROVINCE_OPENED = new RegExp(
  `(?:${PROVINCE_FULL_NAMES.join("|")})(?:(?!公司|[了的在是为将被把由从向对给与])[\u4e00-\u9fff（）()]){2,24}$`,
);

/** Where a registered name ending at `p` starts when it opens with its province's full name, else null. */
export function provinceOpenedName(text: string, p: number): number | null {
  const m = text.slice(Math.max(0, p - 32), p).match(PROVINCE_OPENED);
  // (a body or a party of a case between is no part of one name: 北京市X区人民法院审理原告上海X实业有限公司)
  return m && !REGISTERED_NAME_BREAK.test(m[0]) ? p - m[0].length : null;
}
/** What no registered name holds: a body's or a court's words, or a second province. */
const REGISTERED_NAME_BREAK = new RegExp(
  `法院|人民|政府|公安|[局厅]|委员会|审理|原告|被告|上诉|起诉|判决|.(?:${PROVINCES.flatMap((d) => d.forms.filter((f) => f !== d.name)).join("|")})`,
);

/** Parentheses inside a name, full-width (内蒙古电力（集团）). */
export const canonicalParens = (s: string): string => s.replace(/\(/g, "（").replace(/\)/g, "）");

/** A legal form or kind word closing a company's name. */
const LEGAL_FORM = /(股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$/;

/**
 * A company's name without its legal form and industry words (上海X实业有限公司 → 上海X, X公司 → X): a short name
 * written with a bare 公司 is the company whose name this ends with.
 */
export function nameStem(name: string): string {
  const core = name.replace(LEGAL_FORM, "");
  let e = core.length;
  for (let again = true; again;) {
    again = false;
    for (const w of INDUSTRY_WORDS)
      if (e - w.length >= 2 && core.startsWith(w, e - w.length)) {
        e -= w.length;
        again = true;
        break;
      }
  }
  return core.slice(0, e);
}
