/** Companies named in lists: counted then listed, siblings of a known firm, listed by stock code or short name, Latin brands among firms, banks' short names. */
import { type Cand, COMPANY_BY_FORM, divisionAt, isCjk, LEX_BY_FORM, leftBoundary } from "./shared.js";
import type { EntityRef } from "../types.js";
import {
  newCompany,
  companyCand,
  BANK_SHORT_NAMES,
  placeOnly,
  trimVerbs,
  COMPANY_STOPS,
  inNameWord,
  LATIN_NOT_A_FIRM,
  plausibleCompanyCore,
} from "./company-names.js";

/**
 * The large banks' two-character names (工行, 农行, 建行, 中行, 交行, 招行), read in a list of banks (约谈工行、农行、
 * 建行、邮储银行), or alone after a function character (当地工行客户经理, 向建行申请): elsewhere they end
 * or open other words (施工行业, 集中行动, 员工行为). Pushes the candidates.
 */
export function listedBankShortNames(text: string, out: Cand[]): void {
  const found = new Set<number>();
  for (const m of text.matchAll(LISTED_BANK_SHORT_NAME)) found.add(m.index);
  for (const m of text.matchAll(BANK_SHORT_NAME_ALONE)) found.add(m.index);
  for (const at of found) {
    const known = COMPANY_BY_FORM.get(BANK_SHORT_NAMES[text.slice(at, at + 2)]!.toLowerCase());
    if (known) out.push(companyCand(at, at + 2, known, { name: known.name, aliases: [], sector: "bank" }, 3));
  }
}
/** A bank's two-character name after a function character (当地, 的, 向…), before no word it would open. */
const BANK_SHORT_NAME_ALONE = new RegExp(
  `(?<=[的在向与和由被从对给到地])(?:${Object.keys(BANK_SHORT_NAMES).join("|")})(?![业动为走程驶使政情列人])`,
  "g",
);
/** A bank's two-character name next to another bank's name (either kind) in a list. */
const LISTED_BANK_SHORT_NAME = (() => {
  const short = `(?:${Object.keys(BANK_SHORT_NAMES).join("|")})`;
  const item = `(?:${short}|[\u4e00-\u9fff]{2,6}银行)`;
  return new RegExp(`${short}(?=[、和及与]${item})|(?<=${item}[、和及与])${short}`, "g");
})();

/** Words that name a kind of platform or company, never one (the category a list ends in). */
const COMPANY_CATEGORY =
  "(?:交易平台|交易所|平台|网站|公司|企业|机构|银行|矿池|经营主体|超商|便利商店|便利店|超市|个股|概念股|龙头股|股票)";
/** Modifiers between 等 and the category of a list (等常见的比特币交易平台, 等多家支付机构, 等多只区块链概念股). */
const LIST_MODIFIERS =
  /^(?:多家|数家|几家|多个|数个|几个|多只|数只|几只|部分|一些|若干|\d+\s?[家只]|[一二两三四五六七八九十几]+[家只]|个别|少数|知名|主流|常见|大型|头部|国内|境内|境外|海外|比特币|虚拟货币|虚拟币|数字货币|加密货币|区块链|矿机|上市|A股|港股|美股|第三方|支付|网络|互联网|商业|的|\s)*$/;
/** An item that is a kind of thing, not a name (比特币, 银行, 支付机构). */
const GENERIC_ITEM =
  /^(比特币|莱特币|以太坊|狗狗币|虚拟货币|数字货币|加密货币|泰达币|USDT|BTC|ETH|银行|商业银行|支付机构|第三方支付机构|金融机构|交易所|交易平台|平台|公司|企业|网站|其他|其它|等等|如下|以下)$/i;

/** A quoted word of the trade or of what its firms do, not a name (“挖矿”等企业, “区块链”“元宇宙”等平台, 平台“出海”). */
const QUOTED_ACTIVITY =
  /挖矿|炒币|矿机|矿场|区块链|元宇宙|虚拟|数字|加密|代币|传销|集资|理财|投资|创新|空气币|资金盘|跑分|洗钱|赌博|诈骗|黑产|出海|出走|外逃|跑路|[暴爆]雷|割韭菜|清退|归零|搬家|迁移|抄底|接盘|洗白|变相/;

/**
 * What may open a list's member before the name itself: a point's number (2. A、B等平台), a date, and a kind of venue
 * in apposition (本土交易所火币).
 */
const LIST_ITEM_LEAD =
  /^(?:\d{1,2}[.．、]\s?|[(（]\d{1,2}[)）]\s?)?(?:\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:[^、]{0,8}?(?:交易所|交易平台|平台|矿池)(?=[^、]{2,}$))?/;

/** A stem of nothing but words of the trade and its scope (虚拟货币, 国际数字资产): a kind of venue, no venue's name. */
const TRADE_WORDS_ONLY =
  /^(?:虚拟货币|数字货币|加密货币|虚拟资产|数字资产|加密资产|比特币|区块链|虚拟|数字|加密|国际|全球|综合|资产|能源|网络|在线|网上)*$/;

/** A technology named among firms (…、布尔科技、区块链等企业): no firm, but the other members still are. */
const TECH_ITEM = /^(区块链|元宇宙|云计算|大数据|人工智能|物联网|数据中心|算力)$/;

/** Could a list item (a line of a bulleted list, a member of A、B等平台) be a company's own name? */
function listItemName(item: string): boolean {
  // (a Latin name of several words may be longer: Great American Mining)
  const longest = /^[A-Za-z][A-Za-z0-9 .&-]*$/.test(item) ? 32 : 16;
  if (item.length < 2 || item.length > longest || GENERIC_ITEM.test(item)) return false;
  if (/[，,。；;：:！？!?“”《》]|的|等$/.test(item) || /^\d+$/.test(item)) return false;
  // a group or a share of companies (各大银行, 部分平台, 相关机构)
  if (/^(各大|各家|各|诸|多家|部分|相关|有关|其他|其它|一些|主要|大型|中小|上述|这些|该|此)/.test(item)) return false;
  // a division, a body or a country is no company
  const lex = LEX_BY_FORM.get(item.toLowerCase());
  if (lex?.some((e) => e.ref.label !== "Company")) return false;
  if (divisionAt(item, 0, null)?.len === item.length) return false;
  return true;
}

const listRef = (name: string, alias: string | null, sector: string | null): EntityRef =>
  COMPANY_BY_FORM.get(name.toLowerCase()) ??
  (alias ? COMPANY_BY_FORM.get(alias.toLowerCase()) : undefined) ??
  // (a known firm with its kind of venue after it: 火币交易所 of 火币)
  COMPANY_BY_FORM.get(name.replace(/(?:交易所|交易平台|平台)$/, "").toLowerCase()) ??
  newCompany({ name, aliases: alias ? [alias] : [], sector });

/** A firm named as a member of a list, at `at` as written (its sector when the list tells it). */
const listedFirm = (at: number, item: string, sector: string | null = null): Cand => ({
  start: at,
  end: at + item.length,
  ref: listRef(item, null, sector),
  priority: 3,
  role: "company",
});

/**
 * A payment institution named by its brand right after its kind (第三方支付机构双乾支付, 支付公司是X支付), the clause going
 * on after it (not 支付机构加强支付渠道管理).
 */
const PAYMENT_BRAND =
  /支付(?:机构|公司|企业|平台|服务商)\s?(?:是|为|叫|名为|名叫)?([\u4e00-\u9fff]{2,4}支付)(?=[，,。；;、：:\s”)）]|发布|发出|表示|宣布|声明|称|也|已|等|和|与|及|在|于|则|对|向)/g;
/** The kind words a known firm's name may end in that its siblings in a list share (易宝支付 → 易生支付). */
const SIBLING_KINDS = ["支付", "矿池", "交易所", "科技", "集团", "控股", "资本", "金融", "证券"];
/** A name in quotes introduced as a firm's (一家名为“X”的公司, 叫做“X”的平台). */
const NAMED_FIRM =
  /(?:名为|名叫|叫做|叫作|称为|名称为)\s?[“"「]([^“”"「」\n]{2,20})[”"」]的?(?:虚拟资产|虚拟货币|数字货币|加密货币|数字资产)?(?:服务|投资|理财|网络|金融|交易)?(?:公司|企业|平台|交易所|交易平台|矿场|矿池|网站)/g;
/**
 * A name in quotes right after a platform word told of as one (涉案平台“X”, 虚假交易所“X”) or right before one
 * (“X”交易平台, “X”虚拟货币交易平台, “X”APP), a scheme's case named after it (“X”网络传销案, “X”诈骗案), or a quoted
 * name ending in a word for a trading venue (‘X能源国际交易中心’的内部平台): the platform of that name.
 */
const QUOTED_PLATFORM = new RegExp(
  String.raw`(?:涉案|涉事|该|一个|一家|虚假|非法|诈骗|境外|传销|交易|投资|理财)(?:平台|交易所|网站|APP|App|app)\s?[“"「]([^“”"「」\n]{2,16})[”"」](?!的)|[“"「]([^“”"「」\n]{2,16})[”"」](?:虚拟货币|数字货币|虚拟币|加密货币|数字资产)?(?:交易平台|交易所|平台|网站|APP|App)|[“"「]([^“”"「」\n]{2,16}?)(?:平台|项目)?[”"」](?:平台|项目)?(?:网络)?(?:传销|诈骗|集资诈骗|非法集资|洗钱)(?:案|案件|团伙)|[“"「‘]([^“”"「」‘’\n]{2,14}(?:交易中心|交易所|交易平台))[”"」’]`,
  "g",
);
/** Words of a government's own platforms and campaigns (信用中国, 一网通办, 学习强国, 12345举报). */
const GOVERNMENT_PLATFORM = /信用|政务|通办|强国|举报|服务|发布|公众号|官网|官方|政府|监管|整治|专项|行动|\d{5}/;
/** An intro whose list is of activities or cases, not firms (经营以下业务之业者：, 下列行为：). */
const LISTS_ACTIVITIES = /(以下|下列|如下)(?:各[类项])?(?:业务|活动|行为|服务|事项|情形|情况)/;

/**
 * A listed firm's stock code in brackets after its name: 1611, 01611.HK, HK.01611, CAN.US, NASDAQ: EBON, with a former
 * name first (原桐成控股, HK.01611). A year (2021) is no code.
 */
const STOCK_CODE =
  /^\s?[(（[［]\s?(?:原([\u4e00-\u9fff]{2,8})\s?[,，]\s?)?(?:HK\s?[.:：]?\s?\d{4,5}|(?:港交所|联交所|港股|股票代码|股份代号|证券代码)\s?[:：]\s?\d{4,6}|\d{4,5}\.HK|[A-Z]{2,5}\.(?:US|HK)|(?:NASDAQ|NYSE|纳斯达克|纽交所)\s?[:：]\s?[A-Z]{2,5}|(?!(?:19|20)\d\d\b)\d{4,5})\s?[)）\]］]/;

/**
 * A listed firm introduced by the word for one (港股上市公司——信阳毛尖，…; A股上市公司华东科技宣布…): the short name after
 * it, up to a verb of announcing or a clause's end, is a Company (a place opening it is part of its name).
 */
const LISTED_INTRO =
  /(?:港股|A股|美股|科创板|创业板)?上市公司\s*(?:——|—|：|:)?\s*(?!宣布|公告|发布|表示|称|也|又|将|已|在|于|的|等|和|与|及|纷纷|均|都|近日|日前|正|拟|计划|披露|中|里|股价|业绩|挖矿|股东|高管|董事|市值|年报|公司|集团|企业)([\u4e00-\u9fff]{2,6}?)(?=[(（，,、。；;]|宣布|公告|发布|表示|称|又|也|曾|于|在|将|已|近日|日前|旗下|正|拟|计划|披露)/g;

export function listedIntroduced(text: string, out: Cand[]): void {
  for (const m of text.matchAll(LISTED_INTRO)) {
    const core = m[1]!;
    const s = m.index + m[0].length - core.length;
    // (a short name holds no 的: 掏空上市公司资产的行为 is what was done to the firm)
    if (!plausibleCompanyCore(core) || placeOnly(core) || core.includes("的")) continue;
    out.push(
      companyCand(
        s,
        s + core.length,
        COMPANY_BY_FORM.get(core.toLowerCase()),
        { name: core, aliases: [], sector: null },
        3,
      ),
    );
  }
}

/**
 * A listed firm's four-character short name opening a clause and announcing (昨晚，甲乙互联发布公告称，公司决定…): a
 * Company when the announcement speaks of 公司 (its own words for itself) within its sentence. A time word, a body or a
 * place is none.
 */
const ANNOUNCING_SHORT_NAME =
  /(?<=^|[，,。；;：:\n])([\u4e00-\u9fff]{4})(?=(?:(?:发布|披露|发出)了?(?:一则|一份)?公告|公告)(?:称|表示|显示|指出)?[，,：:]?[^。！？\n]{0,30}公司)/gm;
const NOT_SHORT_NAME =
  /晚间|早间|午间|当天|当日|昨日|今日|昨天|今天|近日|日前|随后|此前|此后|同日|次日|同时|周[一二三四五六日]|上周|本周|[年月]|公司|集团|官方|官网|网站|平台|交易|部门|机构|政府|监管|[局委厅部院办会所处行站队]$/;

export function announcingShortName(text: string, out: Cand[]): void {
  for (const m of text.matchAll(ANNOUNCING_SHORT_NAME)) {
    const core = m[1]!;
    if (NOT_SHORT_NAME.test(core) || !plausibleCompanyCore(core) || divisionAt(core, 0, null)) continue;
    out.push(
      companyCand(
        m.index,
        m.index + 4,
        COMPANY_BY_FORM.get(core.toLowerCase()),
        { name: core, aliases: [], sector: null },
        2,
      ),
    );
  }
}

/**
 * Firms named right before their stock code (火币科技(1611), 嘉楠科技(CAN.US), 前进控股 [HK.01499]): a Company of the
 * Chinese name read leftwards from the bracket, and of the former name written inside it (原桐成控股).
 */
export function listedByCode(text: string, out: Cand[]): void {
  for (const bracket of text.matchAll(/[(（[［]/g)) {
    // (one space may stand before the bracket: 前进控股 [HK.01499])
    const at = text[bracket.index - 1] === " " ? bracket.index - 1 : bracket.index;
    const code = STOCK_CODE.exec(text.slice(at, bracket.index + 40));
    if (code) {
      const s = trimVerbs(text, leftBoundary(text, at, 10, COMPANY_STOPS, inNameWord), at);
      const core = text.slice(s, at);
      if (isCjk(core[0]) && plausibleCompanyCore(core) && !placeOnly(core)) {
        const known = COMPANY_BY_FORM.get(core.toLowerCase());
        out.push(companyCand(s, at, known, { name: core, aliases: [], sector: null }, 7));
      }
      const former = code[1];
      if (former) {
        const f = at + code[0].indexOf(former);
        out.push(
          companyCand(
            f,
            f + former.length,
            COMPANY_BY_FORM.get(former),
            { name: former, aliases: [], sector: null },
            7,
          ),
        );
      }
    }
  }
}

/**
 * The members of an enumeration in `span` (at `offset` in the text), each the first group of `item`: its name with what
 * describes it before 的 left out (在…前宣布暂停业务的ICOINFO), and where that name stands.
 */
function enumerated(span: string, offset: number, item: RegExp): Array<{ at: number; name: string }> {
  return [...span.matchAll(item)].map((x) => {
    const raw = x[1]!;
    const name = raw.trim().replace(/^.*的/, "");
    return { at: offset + x.index! + x[0].length - raw.length + raw.indexOf(name), name };
  });
}

/**
 * Companies named in lists: the lines of a bulleted list introduced by a line about platforms or companies
 * (部分交易平台如下： / - X / - Y（Latin）), and the members of an enumeration closed by 等 + a kind of company
 * (A、B和C等交易平台). Each item is a company unless it is a division, a body, a country or a kind of thing.
 */
export function listedCompanies(text: string, out: Cand[]): void {
  const lines = text.split("\n");
  let at = 0;
  let intro: string | null = null;
  for (const line of lines) {
    const start = at;
    at += line.length + 1;
    const bullet = line.match(/^[ \t\u3000]*(?:[-•·*●▪]|\d{1,2}[.、)）]|[(（]\d{1,2}[)）])[ \t\u3000]*/);
    if (!bullet) {
      // (an intro listing activities, 经营以下业务之业者…：, lists no firms)
      if (line.trim())
        intro =
          /[:：]\s*$/.test(line) && new RegExp(COMPANY_CATEGORY).test(line) && !LISTS_ACTIVITIES.test(line)
            ? line
            : null;
      continue;
    }
    if (!intro) continue;
    const body = line.slice(bullet[0].length).replace(/[\s。；;，,]+$/, "");
    const g = body.match(/^(.+?)\s?[(（]([^()（）]{2,24})[)）]$/);
    const name = (g ? g[1]! : body).replace(/\s+/g, " ");
    if (!listItemName(name)) continue;
    const s0 = start + bullet[0].length;
    const sector = /交易/.test(intro)
      ? "exchange"
      : /支付/.test(intro)
        ? "payment"
        : /银行/.test(intro)
          ? "bank"
          : null;
    out.push({
      start: s0,
      end: s0 + (g ? g[1]!.length : body.length),
      ref: listRef(name, g?.[2]?.trim() ?? null, sector),
      priority: 3,
      role: "company",
    });
  }
  // “A”、“B”、“C”9家在京的交易平台: quoted names counted by the kind of firm after them
  const counted = new RegExp(
    `((?:“[^“”\\n]{1,16}”[、，,]?\\s?){2,})等?\\s?(?:\\d+|[一二三四五六七八九十]+)\\s?家[^，,。；;：:\\n]{0,12}?${COMPANY_CATEGORY}`,
    "g",
  );
  for (const c of text.matchAll(counted))
    for (const q of c[1]!.matchAll(/“([^“”]+)”/g)) {
      const item = q[1]!;
      const at = c.index + q.index! + 1;
      if (listItemName(item) && !QUOTED_ACTIVITY.test(item)) out.push(listedFirm(at, item));
    }
  // 这17家平台分别为A、B、…、Q。: the members named after the count and kind of firm
  // (or what they did told between, then 包括: 10家交易平台宣布暂停ICO业务，包括A、B…以及…的C、D和E)
  const after = new RegExp(
    `(?:\\d+|[一二三四五六七八九十]+)\\s?家[^，,。；;：:\\n]{0,8}?${COMPANY_CATEGORY}(?:(?:分别|依次)?(?:为|是|包括|有)|[^。；;：:\\n]{0,24}?[，,](?:其中)?包括)[:：]?`,
    "g",
  );
  for (const a of text.matchAll(after)) {
    const from = a.index + a[0].length;
    const stop = text.slice(from, from + 300).search(/[。；;\n！？!?]/);
    const span = text.slice(from, stop < 0 ? from + 300 : from + stop);
    // (members joined by 和/及/以及 too, and one told of by a clause before it: 在…前宣布暂停业务的ICOINFO)
    const names = enumerated(span, from, /(?:^|以及|[、，,和及与])([^、，,]*?)(?=以及|[和及与、，,]|$)/g);
    if (names.length < 2 || names.some((x) => !listItemName(x.name))) continue;
    for (const x of names) out.push(listedFirm(x.at, x.name));
  }
  // siblings of a known firm in one enumeration that end in the kind word its name ends in (以及易生支付、易宝支付等,
  // 币印矿池、蚂蚁矿池): firms of that kind
  for (const clause of text.matchAll(/[^，,。；;：:！？!?\n]+/g)) {
    const items = enumerated(clause[0], clause.index, /(?:^|以及|[、和及与])([^、和及与]+?)(?=以及|[、和及与]|等|$)/g);
    if (items.length < 2) continue;
    const kinds = new Set(
      items.flatMap((x) =>
        COMPANY_BY_FORM.has(x.name.toLowerCase()) ? SIBLING_KINDS.filter((k) => x.name.endsWith(k)) : [],
      ),
    );
    for (const x of items) {
      const kind = [...kinds].find((k) => x.name.endsWith(k) && x.name.length >= k.length + 2);
      if (!kind || COMPANY_BY_FORM.has(x.name.toLowerCase()) || !listItemName(x.name)) continue;
      if (!plausibleCompanyCore(x.name.slice(0, -kind.length))) continue;
      out.push(listedFirm(x.at, x.name));
    }
  }
  // 支付机构双乾支付: a payment institution's brand, …支付, right after its kind
  for (const q of text.matchAll(PAYMENT_BRAND)) {
    const item = q[1]!;
    if (
      !listItemName(item) ||
      /^(?:第三方|网络|移动|在线|电子|跨境|聚合|快捷|加强|规范|开展|提供|停止|暂停)/.test(item)
    )
      continue;
    const at = q.index + q[0].length - item.length;
    out.push(listedFirm(at, item, "payment"));
  }
  // 一家名为“X”的公司: the name in quotes introduced as a firm's
  for (const q of text.matchAll(NAMED_FIRM)) {
    const item = q[1]!;
    if (!listItemName(item) || QUOTED_ACTIVITY.test(item)) continue;
    const at = q.index + q[0].indexOf(item);
    out.push(listedFirm(at, item));
  }
  // 涉案平台“X”, “X”交易平台: the name in quotes beside a platform word
  for (const q of text.matchAll(QUOTED_PLATFORM)) {
    const item = (q[1] ?? q[2] ?? q[3] ?? q[4])!;
    // (a venue's own name holds words of the trade, ‘X数字资产交易所’; a trade's words alone before the venue word
    // name a kind, “虚拟货币交易平台”)
    const trade = q[4]
      ? !TRADE_WORDS_ONLY.test(item.replace(/(?:交易中心|交易所|交易平台)$/, ""))
      : !QUOTED_ACTIVITY.test(item);
    // (a government's own service or reporting platform is none of these: “信用中国”网站, “一网通办”平台, 举报平台)
    if (!listItemName(item) || !trade || GOVERNMENT_PLATFORM.test(item)) continue;
    const at = q.index + q[0].indexOf(item);
    out.push(listedFirm(at, item));
  }
  // A、B和C等(常见的)交易平台, and A、B、C三家平台 (the count in place of 等)
  const en = new RegExp(
    `(?:等|(?<=[\u4e00-\u9fffA-Za-z0-9])(?=(?:\\d+|[两三四五六七八九十]+)\\s?家))([^，,。；;：:、\n]{0,12}?)${COMPANY_CATEGORY}`,
    "g",
  );
  let m: RegExpExecArray | null;
  while ((m = en.exec(text))) {
    if (!LIST_MODIFIERS.test(m[1]!)) continue;
    const head = text.slice(Math.max(0, m.index - 80), m.index);
    // names in quotes right before 等 (“A”“B”等经营主体, “A”等105家网站平台): each quoted name, even alone
    const quoted = head.match(/(?:“[^“”\n]{2,16}”[、和及与]?)+$/);
    if (quoted) {
      const from = m.index - quoted[0].length;
      for (const q of quoted[0].matchAll(/“([^“”]+)”/g)) {
        const item = q[1]!;
        const at = from + q.index! + 1;
        if (listItemName(item) && !QUOTED_ACTIVITY.test(item)) out.push(listedFirm(at, item));
      }
      continue;
    }
    // the members, read back from 等 over 、 / 和 / 及 / 与 to the clause's start
    // the first member starts after the clause's verb (其中包含A、B…, 关闭了A、B…, X、Y等八部门联合约谈了A、B): cut the
    // clause at its last verb, before reading the members (the bodies before the verb are no members)
    const clause = head
      .split(/[，,。；;：:！？!?\n（(）)“”]/)
      .at(-1)!
      .replace(
        /^.*(包含|包括|其中|例如|比如|关闭|暂停|封禁|约谈|约见|入驻|进驻|走访|检查了|要求|涉及|督促|通知|仅有|只有|还有|共有|则有)了?/,
        "",
      );
    const parts = clause.split(/、|和|及|与|以及/);
    if (parts.length < 2) continue;
    // (and a preposition or a weaker verb before the first member: 如A、B…, 通过A、B…)
    parts[0] = parts[0]!.replace(/^.*(如|有|是|以|对|向|在|从|至|通过|利用|使用|登录|注册|获得|得到|引入|吸引)了?/, "");
    // (a date or a kind of venue before a member is no part of its name: 2013年中国本土交易所火币 → 火币)
    // (nor is its site after it: OKCoin官网 is OKCoin's)
    const items = parts.map((p) =>
      p
        .trim()
        .replace(LIST_ITEM_LEAD, "")
        .replace(/(?<=..)(?:官网|官方网站)$/, ""),
    );
    if (items.some((x) => !TECH_ITEM.test(x) && !listItemName(x))) continue;
    let pos = m.index - clause.length;
    for (const item of items) {
      const p = text.indexOf(item, pos);
      if (p < 0 || p >= m.index) break;
      pos = p + item.length;
      if (TECH_ITEM.test(item)) continue;
      out.push(listedFirm(p, item));
    }
  }
  // Latin names in quotes right after their kind (ICO网站“ICOAGE”和“ICOINFO”): each quoted name (a Chinese word quoted
  // there is a section's or a saying's: 平台“法币交易”的栏目, ICO平台“团灭”)
  for (const k of text.matchAll(KIND_THEN_QUOTED)) {
    const from = k.index! + k[0].length - k[1]!.length;
    for (const q of k[1]!.matchAll(/“([^“”]+)”/g)) {
      const item = q[1]!;
      const at = from + q.index! + 1;
      if (listItemName(item) && !QUOTED_ACTIVITY.test(item)) out.push(listedFirm(at, item));
    }
  }
}

/** A kind of venue, then Latin names in quotes (ICO网站“A”和“B”). */
const KIND_THEN_QUOTED = /(?:网站|交易平台|平台|交易所|矿池)((?:“[A-Za-z][A-Za-z0-9 .-]{1,15}”[、和及与]?)+)/g;

/** A Latin brand as a list's member (Bitget, Gate.io, KuCoin): a capital, then two to nineteen letters, digits or dots. */
const LATIN_BRAND = "[A-Z][A-Za-z0-9.]{2,19}";
const LATIN_BRANDS = new RegExp(`(?<![A-Za-z0-9.])${LATIN_BRAND}(?![A-Za-z0-9.])`, "g");
const LATIN_BRAND_OPENING = new RegExp(`^${LATIN_BRAND}(?![A-Za-z0-9.])`);
const LATIN_BRAND_CLOSING = new RegExp(`(?<![A-Za-z0-9.])${LATIN_BRAND}$`);
/** A Latin brand joined to a list by 、 / 和 / 及 / 与 on either side (the cheap test before reading any list). */
const LATIN_IN_LIST = new RegExp(`${LATIN_BRAND}[、和及与]|[、和及与]${LATIN_BRAND}`);

/**
 * Latin brands listed with firms the text names (Bitget、Bybit、KuCoin库币等均已…, 火币、OKX和Bitget): each a firm of
 * its own, when the list's other members are firms already read and one of them at least is known to the lexicon. Items
 * are joined by 、 or a last 和/及/与; an acronym of a thing (USDT, OTC) is none. Pushes the candidates.
 */
export function latinListedWithFirms(text: string, out: Cand[]): void {
  const firms = out.filter((c) => c.ref?.label === "Company");
  if (!firms.length || !LATIN_IN_LIST.test(text)) return;
  const firmAt = new Map(firms.map((c) => [c.start, c]));
  const found: Cand[] = [];
  for (const m of text.matchAll(LATIN_BRANDS)) {
    const name = m[0];
    if (LATIN_NOT_A_FIRM.test(name) || firms.some((c) => c.start <= m.index && m.index < c.end)) continue;
    // the list's members on either side, over 、 / 和 / 及 / 与: each a firm read, or another Latin item
    const neighbours: Cand[] = [];
    let at = m.index + name.length;
    while (/[、和及与]/.test(text[at] ?? "")) {
      const next = firmAt.get(at + 1);
      const latin = text.slice(at + 1).match(LATIN_BRAND_OPENING)?.[0];
      if (next) {
        neighbours.push(next);
        at = next.end;
      } else if (latin && !LATIN_NOT_A_FIRM.test(latin)) at += 1 + latin.length;
      else break;
    }
    let back = m.index;
    while (/[、和及与]/.test(text[back - 1] ?? "")) {
      const prev = firms.find((c) => c.end === back - 1);
      const latin = text.slice(0, back - 1).match(LATIN_BRAND_CLOSING)?.[0];
      if (prev) {
        neighbours.push(prev);
        back = prev.start;
      } else if (latin && !LATIN_NOT_A_FIRM.test(latin)) back -= 1 + latin.length;
      else break;
    }
    // (a list closed as accounts or media, 等公众号, is of outlets, not firms)
    const rest = text.slice(at, at + 120).split(/[。；;\n]/)[0]!;
    if (/等[^，,、]{0,6}?(?:公众号|账号|帐号|微信号|自媒体|媒体|微博|APP|App)/.test(rest)) continue;
    if (!neighbours.some((c) => COMPANY_BY_FORM.has(c.ref!.name.toLowerCase()))) continue;
    found.push(
      companyCand(
        m.index,
        m.index + name.length,
        COMPANY_BY_FORM.get(name.toLowerCase()),
        { name, aliases: [], sector: null },
        2,
      ),
    );
  }
  out.push(...found);
}
