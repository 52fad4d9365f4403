/** LOCATED_IN for a body whose place is only in its name. */
import { AGENCY_SEATS } from "../lexicon/agencies.js";
import type { Entity, ResolvedMention } from "../types.js";
import { type RelateContext, type SentenceContext } from "./context.js";

/** LOCATED_IN from a body's name (a placed parent body, a division opening the name, a country). */
export function locatedByName(c: RelateContext): void {
  const { input, mentions, add, rels } = c;
  // LOCATED_IN for a body whose place is only in its name: a sub-unit of a body placed in the text (X市公安局经侦支队
  // → X市公安局's place), a division of the document at the start of its name, after a national prefix
  // (中国人民银行X支行), or a country opening a foreign body's name (美国联邦储备委员会)
  const placedIn = (id: string): boolean => [...rels.values()].some((r) => r.type === "LOCATED_IN" && r.source === id);
  const divisions = input.entities.filter(
    (e) => e.label === "Province" || e.label === "Place" || e.label === "Country",
  );
  const firstMention = new Map<string, ResolvedMention>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start))
    if (!firstMention.has(m.entityId)) firstMention.set(m.entityId, m);
  const bodies = input.entities.filter((e) => e.label === "Agency" && firstMention.has(e.id));
  for (const a of bodies) {
    // (a university or research institute is placed by no rule: its name is not a government body's)
    if (placedIn(a.id) || /(大学|学院|研究院|研究所|研究中心|学校)/.test(a.name)) continue;
    const ev = [firstMention.get(a.id)!.sentenceId];
    // a body whose seat its name does not say (中国人民银行营业管理部 in Beijing), when the text names that division
    const seat = AGENCY_SEATS.get(a.name);
    const seatDivision = seat ? divisions.find((d) => d.name === seat) : undefined;
    if (seatDivision) {
      add("LOCATED_IN", a.id, seatDivision.id, ev, null);
      continue;
    }
    const parent = bodies
      .filter((b) => b.id !== a.id && a.name.startsWith(b.name) && a.name.length > b.name.length && placedIn(b.id))
      .sort((x, y) => y.name.length - x.name.length)[0];
    if (parent) {
      for (const r of [...rels.values()].filter((x) => x.type === "LOCATED_IN" && x.source === parent.id))
        add("LOCATED_IN", a.id, r.target, ev, null);
      continue;
    }
    const body = a.name.replace(
      /^(中国人民银行|人民银行|国家金融监督管理总局|中国银行保险监督管理委员会|中共|中国共产党)/,
      "",
    );
    const forms = (d: Entity): string[] =>
      d.label === "Country"
        ? [d.name, ...d.aliases].filter((f) => !/^(中国|中华人民共和国)$/.test(f))
        : [
            d.name,
            d.name.replace(
              /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|县|区|州|盟|旗)$/,
              "",
            ),
          ].filter((f) => f.length >= 2);
    // the division the name opens with, and the one chained right after it (内蒙古自治区通辽市…)
    let at = 0;
    let found: Entity | undefined;
    for (;;) {
      const next = divisions
        .filter((d) => (d.label !== "Country" || at === 0) && forms(d).some((f) => body.startsWith(f, at)))
        .map((d) => ({
          d,
          len: Math.max(
            ...forms(d)
              .filter((f) => body.startsWith(f, at))
              .map((f) => f.length),
          ),
        }))
        .sort((x, y) => y.len - x.len)[0];
      if (!next) break;
      found = next.d;
      at += next.len;
    }
    if (found && at < body.length) add("LOCATED_IN", a.id, found.id, ev, null);
  }
}

/** A time word between a firm and its seat (X目前总部设在Y, X的总部现位于Y). */
const SEAT_TIME = "(?:目前|现在|现|如今|当时|此前|早前|原|仍|已经|已)";
/** Words placing what follows or precedes them: (总部)位于X, 设在X, 地处X, 落户X. */
const SITED = new RegExp(
  `(?:总部)?${SEAT_TIME}?(?:位于|设在|设于|地处|坐落于|落户|扎根)(?:[\u4e00-\u9fff]{1,4}?(?:小国|岛国|国家|城市))?$`,
);
/** What may stand between a firm and the siting word after it (的, 是一家, a time word). */
const FIRM_BEFORE_SEAT = new RegExp(`^\\s?(?:的|是一家|为一家|是|)${SEAT_TIME}?(?:的)?$`);
const PLACE_LABELS = new Set(["Province", "Place"]);
/** 的, then nothing or a kind of firm, before the firm's name (北京的交易平台X, 鄂尔多斯的矿企X). */
const FIRM_OF_PLACE =
  /^的(?:[\u4e00-\u9fff]{0,4}?(?:交易平台|平台|交易所|运营商|矿企|矿场|企业|公司|厂商|制造商|矿池|数据中心|集团))?[“"「『]?$/;

/**
 * LOCATED_IN for a company the sentence places (位于四川雅安的X公司, 内蒙古鄂尔多斯的X公司, X是一家位于杭州的…, X的总部设在北京,
 * X位于雅安市): the last division of a chain of places, right before 的 and the company's name (a few describing words
 * between), or right after a siting word that follows the company. A country is no such place here.
 */
export function companyPlacedInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd } = c;
  const { sid, sorted } = x;
  if (!x.companies.length) {
    referredFirmPlaced(c, x);
    return;
  }
  for (const [k, p] of sorted.entries()) {
    // (a country places a firm only after a siting word: 总部设于马耳他, below; China is no Country node)
    const country = p.label === "Country";
    if (!PLACE_LABELS.has(p.label) && !country) continue;
    // the last place of a chain (四川雅安, 内蒙古鄂尔多斯市)
    const next = sorted[k + 1];
    if (next && PLACE_LABELS.has(next.label) && normStart(next) === normEnd(p)) continue;
    let first = k;
    while (
      first > 0 &&
      PLACE_LABELS.has(sorted[first - 1]!.label) &&
      normEnd(sorted[first - 1]!) === normStart(sorted[first]!)
    )
      first--;
    const before = text.slice(Math.max(0, normStart(sorted[first]!) - 14), normStart(sorted[first]!));
    // X的…Y公司: the place's firm
    const firm = next?.label === "Company" ? next : undefined;
    const between = firm ? text.slice(normEnd(p), normStart(firm)) : "";
    if (!country && firm && FIRM_OF_PLACE.test(between)) {
      add("LOCATED_IN", firm.entityId, p.entityId, [sid], null);
      continue;
    }
    // X市Y区Z厂: the address written right before a firm named by its trade and kind is its seat
    if (!country && firm && between === "" && ADDRESSED_KIND.test(firm.entityId)) {
      add("LOCATED_IN", firm.entityId, p.entityId, [sid], null);
      continue;
    }
    // Y位于X / Y的总部设在X: the firm right before the siting word
    const sited = before.match(SITED);
    if (!sited) continue;
    const prev = first > 0 ? sorted[first - 1] : undefined;
    const gap = prev ? text.slice(normEnd(prev), normStart(sorted[first]!) - sited[0].length) : "";
    if (prev?.label === "Company" && FIRM_BEFORE_SEAT.test(gap))
      add("LOCATED_IN", prev.entityId, p.entityId, [sid], null);
  }
}

/** The kinds a firm's registered name ends in, that an address is written before (大庆市红岗区宏利达电修厂). */
const ADDRESSED_KIND = /(?:厂|公司|商行|经营部|事务所|合作社|网吧)$/;

/** A firm referred back to by its kind with its seat between (这家总部位于杭州的公司, 该总部设在北京的交易所). */
const REFERRED_FIRM = /(?:这家|该|此)(?:总部)?(?:位于|设在|设于|地处)$/;
const REFERRED_KIND = /^的(?:[\u4e00-\u9fff]{0,6}?)(?:公司|企业|交易所|平台|矿企|集团|制造商)/;

/**
 * LOCATED_IN for the firm a sentence refers back to with its seat (这家总部位于杭州的公司于6月…): the one company
 * named in the two sentences before it, placed in the last division of the chain after the siting word.
 */
function referredFirmPlaced(c: RelateContext, x: SentenceContext): void {
  const { text, add, normStart, normEnd, bySentence } = c;
  const { i, sid, sorted } = x;
  for (const [k, p] of sorted.entries()) {
    if (!PLACE_LABELS.has(p.label) || !REFERRED_FIRM.test(text.slice(Math.max(0, normStart(p) - 8), normStart(p))))
      continue;
    let last = k;
    while (
      sorted[last + 1] &&
      PLACE_LABELS.has(sorted[last + 1]!.label) &&
      normStart(sorted[last + 1]!) === normEnd(sorted[last]!)
    )
      last++;
    if (!REFERRED_KIND.test(text.slice(normEnd(sorted[last]!), normEnd(sorted[last]!) + 12))) continue;
    const firms = new Set(
      [i - 1, i - 2].flatMap((j) =>
        (bySentence.get(j) ?? []).filter((m) => m.label === "Company").map((m) => m.entityId),
      ),
    );
    if (firms.size === 1) add("LOCATED_IN", [...firms][0]!, sorted[last]!.entityId, [sid], null);
  }
}
