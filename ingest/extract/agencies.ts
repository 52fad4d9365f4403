/** Lexicon entries (central bodies, companies, countries, named measures) and what composes on them (foreign bodies, 人行 branches, 国家能源局 offices, company branches), and bare local names standing for national bodies in a list of them. */
import { AGENCY_SEATS, FOREIGN_SUFFIXES, NATIONAL_OF_LOCAL, VERTICAL_OFFICES } from "../lexicon/agencies.js";
import { DIVISION_FORMS } from "../lexicon/divisions.js";
import {
  type Cand,
  CJK,
  countryOpening,
  LEVEL_OF,
  LEX_BY_FORM,
  agencyRef,
  divisionLinks,
  lexAt,
  divisionAt,
  startsWithAny,
  suffixAt,
} from "./shared.js";

/** What follows a firm's name when it names its media channel or a column of it (腾讯财经, 腾讯《棱镜》). */
const FIRM_OUTLET =
  /^(?:财经|新闻)(?![\u4e00-\u9fff]?公司)|^(?:财经|新闻|科技)?《(?![^《》\n]*(?:公告|声明|通知|规定|规范|办法|条例|协议|守则|细则|须知)》)[^《》\n]{1,6}》/;

/** What follows a platform's name listed with kinds of account (989个微博、贴吧账号和微信公众号): a kind itself. */
const ACCOUNT_AFTER = /^[、和及与](?:百度)?(?:贴吧|微信|抖音|快手|QQ|微博)(?:账号|帐号|公众号|群)/;

/** A known brand's line of business run as a firm of its own, and its sector (火币矿池, 火币矿机商城, 火币商城). */
const BRAND_LINES: Array<[string, string]> = [
  ["矿池", "pool"],
  ["矿机商城", "retail"],
  ["商城", "retail"],
];

/** A list joiner, then a foreign body's bare name (、司法部, 和财政部): the run of them after a country's body at `at`. */
function foreignListed(text: string, at: number): Array<{ start: number; end: number; canonical: string }> {
  const out: Array<{ start: number; end: number; canonical: string }> = [];
  for (;;) {
    const joiner = /^(?:、|和|及|与|以及)/.exec(text.slice(at, at + 2))?.[0];
    const s = joiner ? FOREIGN_SUFFIXES.find((x) => startsWithAny(text, at + joiner.length, x.forms)) : undefined;
    if (!joiner || !s) return out;
    const start = at + joiner.length;
    at = start + startsWithAny(text, start, s.forms)!.length;
    out.push({ start, end: at, canonical: s.canonical });
  }
}

/** Lexicon entries (agencies, companies, countries, named measures), plus foreign bodies (土耳其央行). */
export function lexicon(text: string, out: Cand[]): void {
  const lower = text.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const found = lexAt(text, lower, i);
    if (!found.length) continue;
    const e = found[0]!;
    const end = i + e.form.length;
    // a site's name ending in 网 before 站, 页, 络… is the longer word (比特币交易网站: trading sites, no firm)
    if (e.ref.label === "Company" && /网$/.test(e.form) && /^[站页络点民友格]/.test(text[end] ?? "")) continue;
    // a firm named as a model of a kind (以类似“淘宝”的形式, 像支付宝一样): a comparison, not a firm the text is about
    if (
      e.ref.label === "Company" &&
      /(类似于?|好像|就像|像|如同|仿照)[“"「]?$/.test(text.slice(Math.max(0, i - 4), i))
    ) {
      out.push({ start: i, end, ref: null, priority: 9 });
      continue;
    }
    // a stock exchange in a ticker (嘉楠科技(NASDAQ:CAN), （港交所：1357）) names the listing, not a firm the text is about
    if (
      e.ref.label === "Company" &&
      /[(（]\s?$/.test(text.slice(Math.max(0, i - 2), i)) &&
      /^\s?[:：]\s?[A-Za-z0-9.]{1,10}\s?[)）]/.test(text.slice(end, end + 16))
    ) {
      out.push({ start: i, end, ref: null, priority: 9 });
      continue;
    }
    // a firm's media channel or column (告诉腾讯财经, 腾讯《棱镜》, 腾讯财经《一线》): an outlet, no mention of the firm (its
    // own document right after it, 腾讯《声明》, stays its)
    // (and a platform named as a kind of account, 989个微博、贴吧账号和微信公众号: no firm acting)
    if (
      e.ref.label === "Company" &&
      (FIRM_OUTLET.test(text.slice(end, end + 12)) || ACCOUNT_AFTER.test(text.slice(end, end + 8)))
    ) {
      out.push({ start: i, end, ref: null, priority: 9 });
      continue;
    }
    // 党中央 names the Central Committee as a decision's maker beside the State Council (落实党中央、国务院决策部署);
    // alone (落实党中央重大决策部署, a discipline report's formula) it is the party's leadership in general, no node
    if (e.form === "党中央" && !/^[、和与及]?国务院/.test(text.slice(end, end + 4))) {
      out.push({ start: i, end, ref: null, priority: 9 });
      continue;
    }
    // 各国央行, 全球央行, 其他国家央行: central banks in general, not China's (央行 alone is the People's Bank)
    if (
      e.form === "央行" &&
      /(?:各国|多国|他国|外国|全球|世界|其他国家|不少国家|多个国家|主要国家|经济体|海外)的?$/.test(
        text.slice(Math.max(0, i - 6), i),
      )
    ) {
      out.push({ start: i, end, ref: null, priority: 9 });
      continue;
    }
    // 各市、县（市、区）发展改革委: each level's body named generically after a bracketed list of levels, no node
    if (e.ref.label === "Agency" && /[市县区州旗盟][)）]$/.test(text.slice(Math.max(0, i - 2), i))) {
      out.push({ start: i, end, ref: null, priority: 9 });
      continue;
    }
    if (e.ref.label === "Country") {
      const s = FOREIGN_SUFFIXES.find((x) => startsWithAny(text, end, x.forms));
      // (a government owning what follows, 美国政府的进一步监管行动: the country, no body; no annotated article keeps
      // it, while one whose officials speak, 印度政府一位高级官员透露, is a body)
      const f = s ? startsWithAny(text, end, s.forms)! : "";
      const owning = s?.canonical === "政府" && text.startsWith("的", end + f.length);
      // (Latin initials are a body's only as a whole word: 美国SECURE法案 is no SEC)
      const partOfWord = /^[A-Z]/.test(f) && /[A-Za-z]/.test(text[end + f.length] ?? "");
      if (s && !owning && !partOfWord) {
        out.push({
          start: i,
          end: end + f.length,
          ref: agencyRef(e.ref.name + s.canonical, "foreign"),
          priority: 6,
          role: "gov",
          links: [{ type: "LOCATED_IN", to: e.ref, properties: {} }],
        });
        // the bodies listed after it bare are that country's too (美国商品期货交易委员会、司法部和财政部)
        for (const l of foreignListed(text, end + f.length))
          out.push({
            start: l.start,
            end: l.end,
            ref: agencyRef(e.ref.name + l.canonical, "foreign"),
            priority: 10,
            role: "gov",
            links: [{ type: "LOCATED_IN", to: e.ref, properties: {} }],
          });
      }
    }
    // 中国人民银行X中心支行 / 国家能源局X监管办公室
    if (e.ref.name === "中国人民银行") {
      // 中國人民銀行(中國央行)營業管理部: a parenthesized short form may stand between the bank and its branch
      const paren = text.slice(end, end + 8).match(/^[(（][^()（）]{1,6}[)）]/)?.[0] ?? "";
      const m0 = text
        .slice(end + paren.length, end + paren.length + 12)
        .match(new RegExp(`^(${CJK}{0,5}?)(中心支行|中支|分行|营业管理部|营管部|总部|支行)`));
      // (营管部: the short form of 营业管理部)
      const kind = m0?.[2] === "营管部" ? "营业管理部" : m0?.[2];
      const m = m0 && (!paren || kind === "营业管理部") ? ([paren + m0[0], m0[1], kind!] as const) : null;
      if (m && (m[1]!.length >= 2 || m[2] === "营业管理部") && !(m[2] === "总部" && !m[1])) {
        const d = m[1] ? divisionAt(m[1], 0, null) : null;
        // (the Beijing head office is the bank's 营业管理部, whatever place is written before it)
        const name =
          m[2] === "营业管理部"
            ? "中国人民银行营业管理部"
            : `中国人民银行${m[1]}${m[2] === "中支" ? "中心支行" : m[2]}`;
        const c: Cand = {
          start: i,
          end: end + m[0].length,
          ref: agencyRef(
            name,
            m[2] === "中心支行" || m[2] === "中支"
              ? "prefectural"
              : m[2] === "支行"
                ? d?.divs[0]?.level === "prefecture"
                  ? "prefectural"
                  : "county"
                : m[2] === "分行" || m[2] === "营业管理部"
                  ? "provincial"
                  : "central",
            // (the head office named with its city, 中国人民银行北京营管部, is known by that name too)
            m[2] === "营业管理部" && m[1] ? [`中国人民银行${m[1]}营业管理部`] : [],
          ),
          priority: 7,
          role: "gov",
        };
        const div = d?.divs.length === 1 ? d.divs[0]! : null;
        if (div) c.links = divisionLinks(div);
        out.push(c);
      }
    }
    // the Corps' own departments (新疆生产建设兵团发展改革委, 兵团公安局): its name + the body's full name, at its seat
    if (e.ref.name === "新疆生产建设兵团") {
      const suf = suffixAt(text, end);
      const region = DIVISION_FORMS.get(AGENCY_SEATS.get(e.ref.name)!)?.[0];
      if (suf && region)
        out.push({
          start: i,
          end: end + suf.form.length,
          ref: agencyRef(`新疆生产建设兵团${suf.entry.canonical}`, "provincial"),
          priority: 7,
          role: "gov",
          links: divisionLinks(region),
        });
    }
    // a known brand's pool or its mining-rig shop (火币矿池 beside 火币交易所, 火币矿机商城): a company of its own
    const line = e.ref.label === "Company" ? BRAND_LINES.find(([w]) => text.startsWith(w, end)) : undefined;
    if (line && !e.ref.name.endsWith(line[0]))
      out.push({
        start: i,
        end: end + line[0].length,
        ref: {
          label: "Company",
          // (a pool named by the brand's own name, 火币矿池; a shop as the text writes it, 火币商城)
          name: (line[0] === "矿池" ? e.ref.name : e.form) + line[0],
          aliases: [],
          properties: { sector: line[1] },
        },
        priority: 7,
        role: "company",
      });
    // a company's branch named by its place: 中国移动运城分公司
    if (e.ref.label === "Company") {
      const m = text.slice(end, end + 10).match(new RegExp(`^(${CJK}{2,5}?)(分公司|子公司)`));
      const d = m ? divisionAt(m[1]!, 0, null) : null;
      if (m && d && d.len === m[1]!.length)
        out.push({
          start: i,
          end: end + m[0].length,
          ref: {
            label: "Company",
            name: e.ref.name + m[0],
            aliases: [],
            properties: { sector: e.ref.properties.sector ?? null },
          },
          priority: 7,
          role: "company",
        });
    }
    // a vertical body's office in a division (国家税务总局四川省税务局, 国家能源局四川监管办公室)
    const vertical = VERTICAL_OFFICES.find((v) => v.parent === e.ref.name);
    // (a chain of divisions: 国家税务总局雅安市雨城区税务局 is the district's)
    const d = vertical ? divisionAt(text, end, null) : null;
    let div = d?.divs.length === 1 ? d.divs[0]! : null;
    let len = d?.len ?? 0;
    for (let next = div && divisionAt(text, end + len, div); div && next?.divs.length === 1;) {
      div = next.divs[0]!;
      len += next.len;
      next = divisionAt(text, end + len, div);
    }
    const f = div && vertical!.levels.includes(div.level) ? startsWithAny(text, end + len, vertical!.forms) : null;
    if (div && f) {
      const v = vertical!;
      // one division by its full name; a chain as written
      const place = v.place === "short" ? div.forms.at(-1)! : len === d!.len ? div.name : text.slice(end, end + len);
      const office = div.level !== "province" && v.branch ? v.branch : v.office;
      const links = divisionLinks(div);
      out.push({
        start: i,
        end: end + len + f.length,
        ref: agencyRef(`${v.parent}${place}${office}`, LEVEL_OF[div.level]),
        priority: 7,
        role: "gov",
        links,
      });
    }
    // a foreign body whose name opens with its country (美联储 for 美国联邦储备委员会): located in that country, named
    // or not
    const country = e.ref.label === "Agency" ? countryOpening(e.ref.name, 3)?.country : undefined;
    out.push({
      start: i,
      end,
      ref: e.ref,
      priority: e.priority,
      role: e.role,
      ...(country ? { links: [{ type: "LOCATED_IN" as const, to: country, properties: {} }] } : {}),
    });
  }
}

/**
 * A bare local body's name listed with 、 right beside a national body (中国人民银行、网信办、最高人民法院): the national
 * body of that kind (NATIONAL_OF_LOCAL), since a list of co-issuers keeps to one level. Returns new candidates.
 */
export function nationalListItems(text: string, cands: Cand[]): Cand[] {
  // (a national short form ending a local body's name is that body's, 四川省发改委、能源局: the province's bodies)
  const local = cands.filter((c) => c.ref?.label === "Agency" && c.ref.properties.level !== "central");
  const central = cands.filter(
    (c) =>
      c.ref?.label === "Agency" &&
      c.ref.properties.level === "central" &&
      !local.some((l) => l.start < c.start && l.end === c.end),
  );
  if (!central.length) return [];
  const ends = new Set(central.map((c) => c.end));
  const starts = new Set(central.map((c) => c.start));
  const out: Cand[] = [];
  for (let p = text.indexOf("、"); p >= 0; p = text.indexOf("、", p + 1)) {
    if (!ends.has(p)) continue;
    const suf = suffixAt(text, p + 1);
    const national = suf && NATIONAL_OF_LOCAL[suf.entry.canonical];
    const end = p + 1 + (suf?.form.length ?? 0);
    if (!national || !/^(、|和|及|与|以及|等)/.test(text.slice(end, end + 2))) continue;
    // the next item, when one follows, is national too (or the list ends with 等)
    if (text[end] !== "等" && !starts.has(end + 1) && !starts.has(end + 2)) continue;
    const ref = LEX_BY_FORM.get(national)?.find((e) => e.ref.label === "Agency")?.ref ?? agencyRef(national, "central");
    out.push({ start: p + 1, end, ref, priority: 6, role: "gov" });
  }
  return out;
}
