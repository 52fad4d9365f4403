/** Companies written with a bare 公司 (read leftwards from the kind word), Latin platforms, provincial carriers. */
import { BARE_KINDS, CLAUSE_VERBS, GENERIC_TRADE, INDUSTRY_WORDS } from "../lexicon/companies.js";
import { WORLD_REGIONS } from "../lexicon/countries.js";
import { type Cand, COMPANY_BY_FORM, COUNTRY_BY_FORM, divisionAt, isCjk, LEX_BY_FORM, leftBoundary } from "./shared.js";
import {
  companyCand,
  industryOnly,
  trimVerbs,
  COMPANY_STOPS,
  inNameWord,
  LATIN_NOT_A_FIRM,
  knownFirmAt,
  plausibleCompanyCore,
  partyCut,
  maskedStart,
  divisionsOpening,
  PROVINCES,
  canonicalParens,
} from "./company-names.js";

/** Determiners and counts before a kind of firm (一家, 多家, 3家, 这家, 该, 园区一处): what follows them is a kind, not a name. */
const COUNT_BEFORE =
  /(?:[一二两三四五六七八九十几多数\d]+|这|那|每|该|此|各|某)家|^[一二两三四五六七八九十几多数\d]+[名位个]|^(?:该|此|各|其|本|贵|某+|[家个所])|[一二两三四五六七八九十几多数\d]+[处座个间栋]$/;
/**
 * Characters that open a clause, never a trade name: prepositions, adverbs and modals (按公司要求, 确保公司…, 严格按…,
 * 是否…), the way a bare two-to-four-character "name" before 公司 turns out to be a clause about the company.
 */
const CLAUSE_OPENER =
  /^[按把给让使确进向到去来在从经由为被是否严坚要应可将已未不没请对与和同跟随凡如若经仍均都亦又再须必]/;
/**
 * A firm's core that a report leaves unnamed by its place then 一 and its trade's words (北京一营销科技, 深圳一网络科技
 * 有限, "a marketing firm of Beijing"): the length of the place, where the unnamed part starts; 0 for a name (上海一号
 * 矿业, 四川一元科技).
 */
export function unnamedAfterPlace(core: string): number {
  if (!core.includes("一")) return 0;
  const place = divisionAt(core, 0, null);
  if (!place || core[place.len] !== "一" || /^[号期带级流线]/.test(core.slice(place.len + 1))) return 0;
  // (the unnamed firm is told by its trade's words alone: 一元科技 is a name)
  const rest = core.slice(place.len + 1);
  return rest.length >= 2 && rest.length <= 9 && industryOnly(rest.replace(/有限$/, "")) ? place.len : 0;
}

/** Trade names that are anonymized (某某, XX) or numbers: no node (勤某, masked but for its first character, is a name). */
const ANONYMOUS = /^某|某某|^[XＸ×*＊]+$|^\d+$/;

/**
 * [a division] + trade name + [industry words]: the trade name, or null when the core names a kind of firm; and
 * `address`, the length of a chain of two or more divisions opening the core (大庆市某区X厂): where the firm is, not
 * part of its name (a registered name carries one division).
 */
function tradeName(core: string, latinMin = 3): { trade: string; address: number } | null {
  let s = 0;
  // a country opening the name (中国…公司, 美国…公司) is its place too
  for (let k = 4; k >= 2; k--)
    if (core.length > k && (core.startsWith("中国") ? k === 2 : COUNTRY_BY_FORM.has(core.slice(0, k)))) {
      s = k;
      break;
    }
  // a chain of divisions opening the name (抚州市, 四川省成都市): the place, not the trade name
  const opening = divisionsOpening(core, s);
  const chain = opening.count;
  s = opening.end;
  let e = core.length;
  for (let again = true; again;) {
    again = false;
    for (const w of INDUSTRY_WORDS)
      if (e - w.length >= s && core.startsWith(w, e - w.length)) {
        e -= w.length;
        again = true;
        break;
      }
  }
  const trade = core.slice(s, e);
  if (!trade || GENERIC_TRADE.has(trade) || ANONYMOUS.test(trade)) return null;
  // a region (北美矿业公司) or where a firm is listed (美股上市公司, 港股上市公司) tells a kind of firm, not its name
  if (WORLD_REGIONS.has(trade) || /上市$/.test(trade)) return null;
  // a bare trade name of two to four characters; with industry words or a place, up to six
  const max = s > 0 || e < core.length ? 6 : 4;
  if (/^[A-Za-z]/.test(trade) ? trade.length < latinMin : trade.length < 2) return null;
  // a bare trade name (no place, no industry word) that opens like a clause is one
  if (s === 0 && e === core.length && CLAUSE_OPENER.test(trade)) return null;
  return trade.length <= max ? { trade, address: chain >= 2 ? s : 0 } : null;
}

/** The last clause verb inside `s` ends where a name may start (0 when none). */
function afterClauseVerb(s: string): number {
  let cut = 0;
  for (const v of CLAUSE_VERBS) {
    const p = s.lastIndexOf(v);
    if (p >= 0 && p + v.length > cut) cut = p + v.length;
  }
  return cut;
}

/**
 * The name after 一家 in `core` (一家米云科技 → 米云科技), when it is a trade name with industry words and the text
 * writes the trade name again: a firm the report introduces, then names. Null otherwise (一家科技公司, 一家知名矿业公司).
 */
function firmAfterCount(text: string, core: string): string | null {
  const m = /^(?:另)?一家([\u4e00-\u9fff]{3,8})$/.exec(core);
  if (!m || !plausibleCompanyCore(m[1]!)) return null;
  const t = tradeName(m[1]!);
  if (!t || t.trade.length >= m[1]!.length - t.address || t.trade.length < 2) return null;
  return text.split(t.trade).length > 2 ? m[1]! : null;
}

/**
 * The words before a firm's short name, when the text writes that short name alone elsewhere (…赔偿勤鞠公司的损失, 收益归勤鞠公司所有
 * and ，勤鞠公司要求…): a verb before the name, no part of it. A division or a country before it is kept (上海勤鞠公司 is
 * the full name), as is a firm's known name. 0 when none.
 */
function verbBeforeShortName(text: string, core: string, form: string): number {
  if (divisionAt(core, 0, null) || COMPANY_BY_FORM.has(core.toLowerCase())) return 0;
  if (/^(?:中国|中资|内地|大陆|国内|国外|海外|境外)/.test(core)) return 0;
  // (a one-character verb too: 归 of 收益归勤鞠公司所有, 给, 让)
  for (let k = /^[归给让替帮]/.test(core) ? 1 : 2; k <= core.length - 2; k++) {
    if (LEX_BY_FORM.has(core.slice(0, k).toLowerCase())) return 0;
    // (the short name is a trade name of its own, not industry words alone: 科技公司 is a kind)
    if (!plausibleCompanyCore(core.slice(k)) || !tradeName(core.slice(k))) continue;
    const alone = core.slice(k) + form;
    for (let p = text.indexOf(alone); p >= 0; p = text.indexOf(alone, p + 1))
      if (p === 0 || /[\s,，。;；:：、“”"（）()]/.test(text[p - 1]!)) return k;
  }
  return 0;
}

/** A verb ending what stands before a bare 公司, which is then its object (掌控公司, 离开公司), not a name's last word. */
const OBJECT_VERB_END =
  /(掌控|控制|寻找|离开|加入|创办|创立|收购|入股|搬离|拥有|持有|接管|负责管理|管理着|经营着|带领|领导|做|当|担任|出任|削弱|损害|拖累|打击|冲击|提振|帮助|伤害)$/;

/**
 * Companies written with a bare 公司 (the longest kind word there: 集团公司, not 集团): [division] + trade name +
 * [industry words] + 公司, read leftwards from the kind word to punctuation, a function word, a clause's verb or
 * another entity's end (约谈了X公司, 对X公司, 县纪委约谈X公司). A kind of firm (科技公司, 涉案公司), a count or
 * determiner (一家公司, 该公司) and an anonymized name (某某科技公司, XX公司) name none. The other company suffixes
 * (有限公司, 电力公司…) are read by `patternOrgs`; this one yields where one of them ends at the same place.
 */
export function bareCompanies(text: string, out: Cand[]): void {
  let walls: Set<number> | null = null;
  for (const kind of BARE_KINDS)
    for (let p = text.indexOf(kind.form); p >= 0; p = text.indexOf(kind.form, p + kind.form.length)) {
      const end = p + kind.form.length;
      const before = text.slice(Math.max(0, p - 4), p);
      if (kind.after.test(before)) continue;
      let kindStart = kind.form === "公司" && before.endsWith("集团") ? p - 2 : p;
      // a Latin gloss between the Chinese name and the kind (战略风险(Strategy Risks)公司): read the name before it
      const gloss = /[(（]([A-Za-z][A-Za-z0-9 .&'-]{1,40})[)）]$/.exec(
        text.slice(Math.max(0, kindStart - 44), kindStart),
      );
      if (gloss && isCjk(text[kindStart - gloss[0].length - 1])) kindStart -= gloss[0].length;
      else if (gloss) continue;
      // a branch's place in brackets between the trade name and the kind (上海甲乙（杭州）律师事务所): the name's own
      const branch = /[(（]([\u4e00-\u9fff]{2,5})[)）]$/.exec(text.slice(Math.max(0, kindStart - 7), kindStart));
      if (
        branch &&
        divisionAt(branch[1]!, 0, null)?.len === branch[1]!.length &&
        isCjk(text[kindStart - branch[0].length - 1])
      )
        kindStart -= branch[0].length;
      walls ??= new Set(
        out.filter((c) => c.ref && c.ref.label !== "Province" && c.ref.label !== "Place").map((c) => c.end),
      );
      let s = leftBoundary(text, kindStart, 14, COMPANY_STOPS, inNameWord);
      for (let k = kindStart - 1; k > s; k--)
        if (walls.has(k)) {
          s = k;
          break;
        }
      s += afterClauseVerb(text.slice(s, kindStart));
      s = trimVerbs(text, s, kindStart);
      // a Latin trade name after Chinese words (认定GM基金会): the name is the Latin run
      const latin = /[\u4e00-\u9fff]([A-Za-z][A-Za-z0-9.-]*)$/.exec(text.slice(s, kindStart));
      if (latin) s = kindStart - latin[1]!.length;
      s = maskedStart(text, s);
      if (partyCut(text, s)) continue;
      let core = text.slice(s, kindStart);
      // (an anonymized firm whose 某 the boundary left out: 某软件设计公司)
      if (text[s - 1] === "某" || unnamedAfterPlace(core)) continue;
      // (a firm of a country or a place told as "one of them": 与该国一公司签署, 当地一公司)
      if (/^(?:该国|该地|当地|本地|国内|境外|海外|国外|外国|国)?一$/.test(core)) continue;
      // (a verb taking the firm as its object, 掌控公司的方向, 寻找公司基地: the company the text is about, no name)
      if (OBJECT_VERB_END.test(core)) continue;
      const verb = verbBeforeShortName(text, core, kind.form);
      if (verb) {
        s += verb;
        core = core.slice(verb);
      }
      // (a place on the net before the firm, 发现网络上公司的余额不足: where, not a name)
      if (/^(?:网络|网上|线上|链上)上?$|[\u4e00-\u9fff]{2}[上里]$/.test(core) && !COMPANY_BY_FORM.has(core)) continue;
      // a firm introduced by 一家 and named again in the text (成立了一家米云科技公司…米云公司): the name after the count
      const counted = firmAfterCount(text, core);
      if (counted) s += core.length - counted.length;
      else if (COUNT_BEFORE.test(core) || !plausibleCompanyCore(core)) continue;
      // (an abbreviation of a thing or a body, ICO公司, SEC公司, unless the lexicon knows a firm by it)
      if (LATIN_NOT_A_FIRM.test(core) && !COMPANY_BY_FORM.has(core.toLowerCase())) continue;
      if (kind.opensAfter && !kind.opensAfter.test(text.slice(Math.max(0, s - 1), s))) continue;
      // a division alone before the kind (北京市数据中心: the city's data centres) names no firm, nor does a country
      // (美国公司: American firms)
      if (divisionAt(core, 0, null)?.len === core.length) continue;
      if (LEX_BY_FORM.get(core.toLowerCase())?.some((e) => e.ref.label === "Country")) continue;
      // (nor does China's, 中国公司: Chinese firms; 中国铝业公司 has a trade's words after it)
      if (/^(?:中国|中资|内地|大陆)$/.test(core)) continue;
      // a kind of firm right before a known firm's name (电动车公司特斯拉): the kind, in apposition
      if (!COMPANY_BY_FORM.has(core.toLowerCase()) && knownFirmAt(text, end)) continue;
      const t = tradeName(core, kind.latinMin);
      // a kind that needs its trade's words (宏利达电修厂, not 水泥厂 or 该厂)
      if (!t || (kind.industry && t.trade.length === core.length - t.address)) continue;
      s += t.address;
      const trade = text.slice(s, kindStart);
      const name = gloss ? trade + kind.form : canonicalParens(text.slice(s, end));
      const known = COMPANY_BY_FORM.get(trade.toLowerCase()) ?? COMPANY_BY_FORM.get(name.toLowerCase());
      const aliases = gloss ? [trade, gloss[1]!] : [];
      out.push(companyCand(s, end, known, { name, aliases, sector: kind.sector }, 3));
    }
}

/**
 * A platform named by a Latin trade name (PlusToken平台, Plus Token平台, VeryHash算力平台, and a scheme by its case or
 * wallet: PlusToken传销案, PlusToken钱包: the schemes, exchanges and hash-power sellers the genre reports on): a Company. A Chinese name before 平台 is too often a kind (交易平台, 投资平台) to be read here.
 */
export function latinPlatforms(text: string, out: Cand[]): void {
  for (const m of text.matchAll(
    /(?<![A-Za-z0-9.-])([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)?)\s?(?:(?:算力|云算力|矿池)?平台|传销案|传销|骗局|资金盘|钱包)/g,
  )) {
    const name = m[1]!;
    // an acronym of a kind (App, API, P2P, OTC) or a coin's name (USDT, Bitcoin) names none
    if (
      name.length < 4 ||
      /^(App|APP|API|OTC|P2P|ICO|IEO|DeFi|NFT|Web\d?|USDT|BTC|ETH|Bitcoin|Ethereum|IPFS|Token|Crypto)$/i.test(name)
    )
      continue;
    const known = COMPANY_BY_FORM.get(name.toLowerCase()) ?? COMPANY_BY_FORM.get(name.replace(/ /g, "").toLowerCase());
    out.push(companyCand(m.index, m.index + name.length, known, { name, aliases: [], sector: "platform" }, 3));
  }
}

/** The provinces' short names (陕西, 内蒙古), longest first, for the carriers' provincial companies. */
const PROVINCE_SHORT_NAMES = PROVINCES.map((d) => d.forms.at(-1)!)
  .filter((f) => f.length >= 2)
  .sort((a, b) => b.length - a.length);
/** A carrier's provincial company (陕西移动, 四川电信) and its branch (陕西移动榆林分公司), then what may follow the name. */
const PROVINCIAL_CARRIER = new RegExp(
  `(?:${PROVINCE_SHORT_NAMES.join("|")})(?:移动|联通|电信)(?:[\u4e00-\u9fff]{2,4}?分公司)?(?=分公司|公司|联合|协助|配合|发现|表示|称|已|将|与|和|[、，,。；;])`,
  "g",
);

/**
 * A carrier's provincial company written by the province's short name (陕西移动联合…, 四川电信表示) and a branch of it
 * by its place (陕西移动榆林分公司): a Company named as written (not 移动支付 or 电信诈骗, which no verb or break
 * follows).
 */
export function provincialCarriers(text: string, out: Cand[]): void {
  if (!/移动|联通|电信/.test(text)) return;
  for (const m of text.matchAll(PROVINCIAL_CARRIER))
    out.push(companyCand(m.index, m.index + m[0].length, undefined, { name: m[0], aliases: [], sector: "telecom" }, 6));
}
