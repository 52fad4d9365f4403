/** Sentence dates: the day each sentence tells of, and the date lookups the relation rules share. */
import { addDays, valid, ymd, type DateMention } from "../dates.js";
import { partitionPoint } from "../partition.js";
import type { NormalizedText } from "../types.js";

/**
 * Words telling a thing as done before the day a sentence reports (日前印发, 此前发布, 前不久出台): that day is not its
 * own. The measure-date rules share them.
 */
/** Words citing what follows as a sentence's ground (根据X发布的…, 按照…, 贯彻落实…): the issuing and acting rules share them. */
export const CITING = "(?:根据|依据|依照|按照|遵照|贯彻落实|贯彻|落实)";

export const TOLD_BEFORE = /(日前|近日|此前|早前|前不久|不久前|前些天|前段时间)(?!的\s?(?:\d{4}年)?\d{1,2}月\d{1,2}日)/;

/**
 * What closes a sentence's lead day before its comma: a bracket (昨日（9月4日）), its weekday in brackets
 * (9月24日（周五）), a part of the day and a clock time
 * (下午3点, 15时, 15:00), 当天, or a report's word (6月12日消息：, a column's lead).
 */
export const LEAD_DAY_CLOSE =
  /^\s?[)）]?\s?(?:[（(](?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）])?\s?(?:上午|下午|晚间|晚上|晚|早间|早上|凌晨|中午|当天|消息|电|讯)?(?:\s?\d{1,2}\s?(?:[时点](?:\d{1,2}分|半|许)?|[:：]\d{2}))?[,，:：\s]/;

/** Reported as news without a date of its own: the article's date is the event's. */
const NEWS_NOW = /(日前|近日|今天|今日|本周|当天|当日)/g;
/** Is a date the day the news was reported (综合媒体今天报导，…; 路透社9日报道称): not the day of what it reports. */
const REPORTED_AFTER = /^(?:[^\s,，。；;:：]{0,2})?(?:报道|报导|披露|获悉|了解到|援引|消息)/;
/**
 * Does a sentence tell of news of the article's day: a NEWS_NOW word that is not the day of the reporting itself
 * (综合媒体今天报导，X发布… tells when it was reported, not when X issued it).
 */
export function toldAsNews(sentence: string): boolean {
  for (const m of sentence.matchAll(NEWS_NOW))
    if (!REPORTED_AFTER.test(sentence.slice(m.index + m[0].length))) return true;
  return false;
}
const SAME_DAY =
  /(同一天|同日|当天|当日|同天)|^\s*(?:[(（][^()（）]{0,8}[)）])?\s*(?:当晚|当天下午|上午|下午|晚间|晚上|傍晚|中午|凌晨|早间)\s*[,，]/;
/** The day after the last event told (次日, 翌日, 第二天), at the sentence's or a clause's start. */
const NEXT_DAY = /(?:^|[，,。；;])\s*(?:次日|翌日|第二天)/;
/** The day before it (此前一天, 前一天, 前一日), the same way. */
const DAY_BEFORE = /(?:^|[，,。；;])\s*(?:此前一天|此前一日|前一天|前一日|头一天)/;

/** Dates (sorted by start) lying within [s, e), by binary search. */
export function datesIn(dates: DateMention[]): (s: number, e: number) => DateMention[] {
  return (s, e) => {
    const lo = partitionPoint(dates.length, (k) => dates[k]!.start >= s);
    const out: DateMention[] = [];
    for (let k = lo; k < dates.length && dates[k]!.start < e; k++) if (dates[k]!.end <= e) out.push(dates[k]!);
    return out;
  };
}

/**
 * The day that leads the clause `at` stands in (6月8日上午，雅安市召开…; …表示，11月10日，X组织召开…): the last day in
 * [s, at), opening a clause and closed as a lead day is (LEAD_DAY_CLOSE), with no sentence break between it and `at`.
 */
export function leadingDay(
  text: string,
  inRange: (s: number, e: number) => DateMention[],
  s: number,
  at: number,
): DateMention | undefined {
  const day = inRange(s, at)
    .filter((d) => d.precision === "day" && d.value)
    .at(-1);
  return day &&
    LEAD_DAY_CLOSE.test(text.slice(day.end, day.end + 12)) &&
    /(^|[,，;；:：])\s*$/.test(text.slice(s, day.start)) &&
    !/[。;；]/.test(text.slice(day.end, at))
    ? day
    : undefined;
}

/** Is a date a deadline or a cut-off rather than the day something happened? */
export function isDeadline(text: string, d: DateMention): boolean {
  const after = text.slice(d.end, d.end + 10);
  const before = text.slice(Math.max(0, d.start - 3), d.start);
  return (
    /^(\d{1,2}[时点:：]\d{0,2}分?|中午|下午|上午|晚|24时)*(前|之前|以前|起|止|为止)/.test(after) ||
    /(截至|截止|截止到)$/.test(before) ||
    /(将于|将在|定于)(当年|今年|明年|次年)?$/.test(text.slice(Math.max(0, d.start - 6), d.start))
  );
}

/** Day-precision date of each sentence: its first full date; 同一天 → the previous one; a bare date line → the next sentence. */
/** A paragraph opening with its full day, as a timeline's entries do (2017年9月4日，…). */
const ENTRY_DAY = /^[ \t\u3000]*\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日[，,]/;
const ENTRY_OPENING = new RegExp(ENTRY_DAY.source, "gm");
/** A sentence told at another time than its paragraph's day (此前, 曾, 去年, 随后…). */
const OTHER_TIME =
  /此前|之前|此后|之后|随后|后来|早在|曾|去年|前年|今年|近年|以来|以前|当时|[上下本]月|[上下本]周|\d{1,2}月|\d{4}年/;

export function sentenceDates(input: {
  ranges: Array<[number, number]>;
  dates: DateMention[];
  text: NormalizedText;
}): Array<string | null> {
  const out: Array<string | null> = [];
  let headline: string | null = null;
  // the day of the last event told so far, however many sentences back
  let last: string | null = null;
  // the day opening the paragraph, as a timeline's entry opens with it (2017年9月4日，监管层做出了第一个大动作。X发布了《Y》。),
  // on a page that is a timeline: three paragraphs or more open with their full day
  let entryDay: string | null = null;
  const timeline = (input.text.text.match(ENTRY_OPENING) ?? []).length >= 3;
  const inRange = datesIn(input.dates);
  input.ranges.forEach(([s, e]) => {
    // event dates only: not deadlines or cut-offs (于6月15日前, 截至9日15时, 10月1日起)
    const inside = inRange(s, e).filter(
      (d) =>
        d.precision === "day" &&
        d.value &&
        !isDeadline(input.text.text, d) &&
        !REPORTED_AFTER.test(input.text.text.slice(d.end, d.end + 8)),
    );
    // (a dateline's day is the report's: a day told after it in the sentence is the event's, 3月1日讯 昨天，…发布)
    const event =
      inside.length > 1 && /^\s*(?:讯|电)/.test(input.text.text.slice(inside[0]!.end)) ? inside[1] : inside[0];
    let own = event?.value ?? null;
    // 同月21日 / 当月21日 (found without a day of its own): that day of the month of the last event told before it
    if (!own && last) {
      const sameMonth = inRange(s, e)
        .map((d) => input.text.text.slice(d.start, d.end).match(/^(?:同月|当月)(\d{1,2})/))
        .find((m) => m);
      const [y, m] = last.split("-").map(Number) as [number, number];
      if (sameMonth && valid(y, m, +sameMonth[1]!)) own = ymd(y, m, +sameMonth[1]!);
    }
    const t = input.text.text.slice(s, e);
    let date = own;
    // 同日/当天 is the day of the last event told before it, and so is a part of the day opening the sentence (下午，…);
    // 次日/第二天 the one after, 前一天 the one before
    if (!date && SAME_DAY.test(t)) date = last;
    if (!date && last && NEXT_DAY.test(t)) date = addDays(last, 1);
    if (!date && last && DAY_BEFORE.test(t)) date = addDays(last, -1);
    if (!date && headline) date = headline;
    // a paragraph opening with its full day (a timeline's entry): its later sentences told with no time of their own
    const opensLine = /(?:^|\n)[ \t\u3000]*$/.test(input.text.text.slice(Math.max(0, s - 4), s));
    if (opensLine) entryDay = null;
    if (!date && entryDay && !OTHER_TIME.test(t)) date = entryDay;
    if (timeline && opensLine && own && ENTRY_DAY.test(t)) entryDay = own;
    headline = inside.length === 1 && t.replace(/\s/g, "").length <= inside[0]!.end - inside[0]!.start + 1 ? own : null;
    out.push(date);
    if (date) last = date;
  });
  return out;
}
