/**
 * dates: find date expressions in normalized text and resolve them.
 *
 * Absolute (2021年9月24日, 2021-09-24, Taiwan's 民国110年4月7日), year-month (2021年4月, 今年5月),
 * month-day (9月24日, resolved against a reference date), relative
 * (昨天（9日）, 今天（10日）, 前天), bare day (22日) and year mentions. Also infers an
 * article's date from its text when it has no metadata.
 */

export type DatePrecision = "day" | "month" | "year";

export interface DateMention {
  /** Offsets into the normalized text. */
  start: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved (no reference date). */
  value: string | null;
  precision: DatePrecision;
  /** How it was written: absolute (has a year), partial (month/day without year), relative (昨天…). */
  form: "absolute" | "partial" | "relative";
}

const pad = (n: number): string => String(n).padStart(2, "0");
/**
 * A meeting told as held on a day, after its name (…成立大会于9月23日在石家庄召开): 于, the day, a part of it, a place,
 * then 召开 or 举行. Extract reads the meeting by it, relate its day.
 */
export const HELD_ON_DAY = String.raw`于(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?(?:在[^，,。；;]{2,16}?)?(?:召开|举行)`;

export const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
/** Is y-m-d a day of the calendar (no 2月30日, no 45日)? */
export const valid = (y: number, m: number, d: number): boolean => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1;
};
export function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86400_000;
  return new Date(t).toISOString().slice(0, 10);
}
const parts = (iso: string): [number, number, number] => iso.split("-").map(Number) as [number, number, number];

/** Month-day without a year → the latest such date not more than 7 days after the reference. */
function resolveMonthDay(m: number, d: number, ref: string | null): string | null {
  if (!ref) return null;
  const [ry] = parts(ref);
  for (const y of [ry, ry - 1]) if (valid(y, m, d) && ymd(y, m, d) <= addDays(ref, 7)) return ymd(y, m, d);
  return null;
}
/** Day of month only → in the reference month, or the month before when it would lie in the future. */
function resolveDay(d: number, ref: string | null): string | null {
  if (!ref) return null;
  const [ry, rm, rd] = parts(ref);
  if (d <= rd + 1 && valid(ry, rm, d)) return ymd(ry, rm, d);
  const pm = rm === 1 ? 12 : rm - 1;
  const py = rm === 1 ? ry - 1 : ry;
  return valid(py, pm, d) ? ymd(py, pm, d) : null;
}

const NUM = "(\\d{1,2})";
/** A month and a day (9月24日, 10 月2 日: a space may stand beside the digits, as Taiwan's and Hong Kong's pages write them). */
const MONTH_DAY = `${NUM} ?月 ?${NUM} ?[日号]`;
const CN_DIGIT: Record<string, number> = {
  〇: 0,
  "○": 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** 二〇二一 → 2021 (digit by digit); 二十四 → 24, 十 → 10 (small numbers). */
export function cnNumber(s: string): number {
  if (/^[〇○零一二三四五六七八九]{4}$/.test(s)) return +[...s].map((c) => CN_DIGIT[c]).join("");
  const m = s.match(/^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/);
  if (!m) return NaN;
  if (!m[2]) return m[1] ? CN_DIGIT[m[1]]! : NaN;
  return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[3] ? CN_DIGIT[m[3]]! : 0);
}
const PATTERNS: Array<{
  re: RegExp;
  make: (m: RegExpExecArray, ref: string | null) => Omit<DateMention, "start" | "end"> | null;
}> = [
  {
    // Taiwan's official calendar (中华民国107年5月2日, 民国110年4月): the Republic's year + 1911
    re: /(?:中华)?民国\s*(\d{2,3})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?/g,
    make: (m) => {
      const y = +m[1]! + 1911;
      if (y < 1990 || y > 2039) return null;
      if (!m[2]) return { value: String(y), precision: "year", form: "absolute" };
      if (!m[3])
        return +m[2] >= 1 && +m[2] <= 12 ? { value: `${y}-${pad(+m[2])}`, precision: "month", form: "absolute" } : null;
      return valid(y, +m[2], +m[3]) ? { value: ymd(y, +m[2], +m[3]), precision: "day", form: "absolute" } : null;
    },
  },
  {
    // the same without 民国, as Taiwan's official pages and reports write a full date (金管会于110年6月30日发布): a
    // three-digit year (100–128: 2011–2039) with its month and day can be no other calendar's (99年 may be 1999)
    re: /(?<![\d.])(1[0-2]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    make: (m) => {
      if (+m[1]! > 128) return null;
      const y = +m[1]! + 1911;
      return valid(y, +m[2]!, +m[3]!) ? { value: ymd(y, +m[2]!, +m[3]!), precision: "day", form: "absolute" } : null;
    },
  },
  {
    // official documents: 二〇二一年九月二十四日
    re: /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g,
    make: (m) => {
      const [y, mo, d] = [cnNumber(m[1]!), cnNumber(m[2]!), cnNumber(m[3]!)];
      return valid(y, mo, d) ? { value: ymd(y, mo, d), precision: "day", form: "absolute" } : null;
    },
  },
  {
    // the day's 日 may follow a space, but a trailing space or line break is not part of the date
    re: /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?:\s*[日号])?/g,
    make: (m) => {
      const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
      return valid(y, mo, d) ? { value: ymd(y, mo, d), precision: "day", form: "absolute" } : null;
    },
  },
  {
    re: /(\d{4})年(\d{1,2})月(?:份)?(?:上旬|中旬|下旬|初|底|末)?/g,
    make: (m) =>
      +m[2]! >= 1 && +m[2]! <= 12 ? { value: `${m[1]}-${pad(+m[2]!)}`, precision: "month", form: "absolute" } : null,
  },
  {
    re: new RegExp(`(今年|去年|明年)(?:${NUM}月(?:份)?(?:${NUM}[日号])?)?`, "g"),
    make: (m, ref) => {
      if (!ref) return { value: null, precision: m[2] ? (m[3] ? "day" : "month") : "year", form: "relative" };
      const y = parts(ref)[0] + (m[1] === "去年" ? -1 : m[1] === "明年" ? 1 : 0);
      if (m[2] && m[3])
        return valid(y, +m[2], +m[3]) ? { value: ymd(y, +m[2], +m[3]), precision: "day", form: "relative" } : null;
      if (m[2]) return { value: `${y}-${pad(+m[2])}`, precision: "month", form: "relative" };
      return { value: String(y), precision: "year", form: "relative" };
    },
  },
  {
    // (and the parts of those days: 昨晚, 昨夜, 今晨, 今早, 今晚)
    re: /(前天|昨天|昨日|今天|今日|当天|当日|昨晚|昨夜|今晨|今早|今晚)(?:\((\d{1,2})日\))?/g,
    make: (m, ref) => {
      const word = m[1]!;
      if (m[2]) return { value: resolveDay(+m[2], ref), precision: "day", form: "relative" };
      if (!ref || word === "当天" || word === "当日") return null;
      const delta = word.startsWith("前") ? -2 : word.startsWith("昨") ? -1 : 0;
      return { value: addDays(ref, delta), precision: "day", form: "relative" };
    },
  },
  {
    // 前日 for 前天 at a clause's start, as Hong Kong's papers write it (not the 前日 of 此前日本)
    re: /前日(?=[，,\s(（])/g,
    make: (m, ref) =>
      ref && (m.index === 0 || /[，,。；;：:\s]/.test(m.input![m.index! - 1]!))
        ? { value: addDays(ref, -2), precision: "day", form: "relative" }
        : null,
  },
  {
    // Taiwan's and Hong Kong's papers put the day in brackets after the word for it (昨 (14) 日, 今(15)日, 於 (9) 日,
    // 周四 (14 日)): a day of the article's month, or the one before
    re: /(?:(昨|今|前|明|[於于])\s*\(\s*(\d{1,2})\s*\)\s*日|(?:周|週|星期)[一二三四五六日天]\s*\(\s*(\d{1,2})\s*日\s*\))/g,
    make: (m, ref) => ({ value: resolveDay(+(m[2] ?? m[3])!, ref), precision: "day", form: "relative" }),
  },
  {
    // (and without the 日, after 今 or 昨: 今 (16) 约莫上午, 昨(15)晚)
    re: /(?<![\u4e00-\u9fff])(昨|今)\s*[(（]\s*(\d{1,2})\s*[)）](?!\s*日)/g,
    make: (m, ref) => ({ value: resolveDay(+m[2]!, ref), precision: "day", form: "relative" }),
  },
  {
    // a day of the week (周一, 週五, 星期三, 上周五) told against the article's date: the latest such day up to the
    // article's, or in the week before for 上周 (weeks start on Monday); not a recurring or coming one (每周一, 下周一),
    // nor a span's ends (周一至周五), nor the day a date is written with (5月2日(星期三))
    re: /(?<![每逢隔下至到~\-—(（])(上|本|这)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])(?![至到~\-—、和及与]|[一二三四五六日天])/g,
    make: (m, ref) => {
      if (!ref) return null;
      const want = "日一二三四五六".indexOf(m[2] === "天" ? "日" : m[2]!);
      const now = new Date(`${ref}T00:00:00Z`).getUTCDay();
      const back = (now - want + 7) % 7;
      const monday = (now + 6) % 7; // days since this week's Monday
      const delta = m[1] === "上" ? -(monday + 7) + ((want + 6) % 7) : m[1] ? -monday + ((want + 6) % 7) : -back;
      return { value: addDays(ref, delta), precision: "day", form: "relative" };
    },
  },
  {
    // a day of this month or the last one (本月3日, 上月26日), told against the article's date
    // (the day in Chinese numerals too: 本月四日, 上月二十六日)
    re: new RegExp(`(本月|上月|上个月)(?:${NUM}|([一二三四五六七八九十]{1,3}))[日号]`, "g"),
    make: (m, ref) => {
      if (!ref) return { value: null, precision: "day", form: "relative" };
      const [ry, rm] = parts(ref);
      const [y, mo] = m[1] === "本月" ? [ry, rm] : rm === 1 ? [ry - 1, 12] : [ry, rm - 1];
      const d = m[2] ? +m[2] : cnNumber(m[3]!);
      return valid(y, mo, d) ? { value: ymd(y, mo, d), precision: "day", form: "relative" } : null;
    },
  },
  {
    re: new RegExp(MONTH_DAY, "g"),
    make: (m, ref) => ({ value: resolveMonthDay(+m[1]!, +m[2]!, ref), precision: "day", form: "partial" }),
  },
  {
    re: /(?<![\d年])(\d{1,2})月(?:份)?(?:上旬|中旬|下旬|初|底|末)?(?![\d日号])/g,
    make: (m, ref) => {
      const mo = +m[1]!;
      if (mo < 1 || mo > 12) return null;
      if (!ref) return { value: null, precision: "month", form: "partial" };
      const [ry, rm] = parts(ref);
      return { value: `${mo <= rm ? ry : ry - 1}-${pad(mo)}`, precision: "month", form: "partial" };
    },
  },
  {
    // a day of the month just told of (5月18日…。同月21日): no day of its own here; sentence dates put it in the month
    // of the event told before it (relate/dates.ts)
    re: /(?:同月|当月)(\d{1,2})[日号]/g,
    make: () => ({ value: null, precision: "day", form: "relative" }),
  },
  {
    re: /(?<![\d月.\-/:])(\d{1,2})日(?!元)/g,
    make: (m, ref) => ({ value: resolveDay(+m[1]!, ref), precision: "day", form: "partial" }),
  },
  {
    re: /(?<!\d)((?:19|20)\d{2})年(?!\d{1,2}月)/g,
    make: (m) => ({ value: m[1]!, precision: "year", form: "absolute" }),
  },
];

/**
 * All date mentions in a text, resolved against `ref` (YYYY-MM-DD or null). Overlaps keep the earliest, longest match.
 * @example findDates("昨天(9日),…", "2021-06-10")[0].value === "2021-06-09"
 */
export function findDates(text: string, ref: string | null): DateMention[] {
  const found: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const made = p.make(m, ref);
      if (!made) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, ...made });
    }
  }
  return sameYear(
    text,
    found.sort((a, b) => a.start - b.start),
  );
}

/** The words that give a month and day the year of the date told before it (同年9月26日, 次年3月). */
const SAME_YEAR = /(同年|当年|该年|次年|翌年)$/;

/**
 * A month (and day) written after 同年/当年 (or 次年/翌年) is in the year of the last dated mention before it (or the one
 * after), not the article's: 2021年9月24日…同年9月26日 is 2021-09-26 in an article of 2025. New mentions.
 */
function sameYear(text: string, found: DateMention[]): DateMention[] {
  let year: number | null = null;
  return found.map((d) => {
    const word = d.form === "partial" ? SAME_YEAR.exec(text.slice(Math.max(0, d.start - 2), d.start))?.[1] : undefined;
    const own = d.form === "absolute" && d.value ? +d.value.slice(0, 4) : null;
    if (own) year = own;
    if (!word || year === null) return d;
    const y = year + (word === "次年" || word === "翌年" ? 1 : 0);
    const md = text.slice(d.start, d.end).match(/(\d{1,2})月(?:份)?(?:(\d{1,2})[日号])?/);
    if (!md) return { ...d, value: null };
    if (!md[2]) return { ...d, value: `${y}-${pad(+md[1]!)}` };
    return { ...d, value: valid(y, +md[1]!, +md[2]) ? ymd(y, +md[1]!, +md[2]) : null };
  });
}

/** A dateline opening the text (本报海口3月1日讯, 新华社北京9月4日电, 钛媒体快讯 | 9月15日消息：): its month and day. */
const DATELINE = /^[^\n。]{0,24}?(?<![\d年])(\d{1,2})月(\d{1,2})日(?:消息|讯|电|报道)/;

/**
 * The day a report's relative words count from: its dateline's (本报海口3月1日讯 …昨天 is 2月28日, in a paper
 * published on 3月2日), in the year of the page's date and not after it; else the page's date.
 * @example relativeBase("本报3月1日讯 昨天，…", "2022-03-02") === "2022-03-01"
 */
export function relativeBase(text: string, published: string | null): string | null {
  const d = published ? text.slice(0, 40).match(DATELINE) : null;
  if (!d || !published) return published;
  const y = +published.slice(0, 4);
  if (!valid(y, +d[1]!, +d[2]!)) return published;
  const day = ymd(y, +d[1]!, +d[2]!);
  // (a dateline after the page's date is of the year before: 12月31日电 on a page of 1月2日; a report republished
  // months later still counts from its own dateline)
  return day <= published ? day : valid(y - 1, +d[1]!, +d[2]!) ? ymd(y - 1, +d[1]!, +d[2]!) : published;
}

/**
 * Infer an article's date from its text: the year is the latest explicit year
 * mentioned (2018年…); the date is the latest of the explicit full dates and of the
 * month-day mentions placed in that year. Null when the text names no year.
 * @example inferDate("2017年9月…2018年1月26日…8月23日记者获悉") === "2018-08-23"
 */
export function inferDate(text: string): string | null {
  const abs = findDates(text, null).filter((d) => d.form === "absolute" && d.value);
  if (!abs.length) return null;
  // the year of the latest month or day written in full; a bare year only when there is none (a bare year is as often
  // a target, 到2060年实现碳中和, as the year of writing)
  const dated = abs.filter((d) => d.precision !== "year");
  // (bare years told as past, 2020年提出, 2020年全年; not a target or a term ahead, 到2025年, 2022年前, 2022年一季度,
  // nor where a span starts, 从2009年初…到现在, 自2013年起)
  const told = abs.filter(
    (d) =>
      d.precision === "year" &&
      !/(到|至|截至|于|在|从|自|预计|计划|力争|争取)$/.test(text.slice(Math.max(0, d.start - 2), d.start)) &&
      !/^(前|底|末|初|以前|之前|年底|年末|年初|起|开始|实现|达到|将|要|[一二三四]季度|第[一二三四]季度)/.test(
        text.slice(d.end, d.end + 4),
      ),
  );
  // with no month or day written in full, the latest bare year told as the text's own (not one it recalls as once
  // so, “2017年，矿圈也曾…”); with none such, the text's year is unknown
  const own = told.filter((d) => !/^[,，]?[^。，,；;\n]{0,8}?(?:也曾|曾经|曾)/.test(text.slice(d.end, d.end + 12)));
  if (!dated.length && !own.length) return null;
  const year = Math.max(...(dated.length ? dated : own).map((d) => +d.value!.slice(0, 4)));
  // a later year told as past than any month or day written in full: the text was written in a year neither says,
  // so no day of it can be placed (a 2021 report recalling 2019年8月 dated its 6月18日 2019)
  if (dated.length && told.some((d) => +d.value!.slice(0, 4) > year)) return null;
  // a dateline opening the text (钛媒体快讯 | 9月15日消息：, 新华社北京9月4日电): the day it was written
  const dateline = text.slice(0, 40).match(DATELINE);
  if (dateline && valid(year, +dateline[1]!, +dateline[2]!)) return ymd(year, +dateline[1]!, +dateline[2]!);
  let best =
    abs
      .filter((d) => d.precision === "day")
      .map((d) => d.value!)
      .sort()
      .at(-1) ?? null;
  // a month-day belongs to the year of an absolute date written shortly before it (a timeline heading), else to `year`
  const re = new RegExp(`(?<![\\d年])${MONTH_DAY}`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // a day yet to come (将在9月30日, 于20日18时前, 10月1日起) is no day the text reports from
    if (
      /(将在|将于|定于|最晚于|最迟于|预计于?|计划于?)$/.test(text.slice(Math.max(0, m.index - 4), m.index)) ||
      /^(\d{1,2}[时点]\d{0,2}分?|24时|中午|下午|上午|晚)*(前|之前|以前|起|止|为止)/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 8),
      )
    )
      continue;
    // (a month written in full in an earlier paragraph is a past event the report recalls, no heading: 国家发改委在2019年4月就…)
    const near = abs
      .filter(
        (d) =>
          d.end <= m!.index &&
          m!.index - d.end <= 80 &&
          d.precision !== "year" &&
          (d.precision === "day" || !text.slice(d.end, m!.index).includes("\n")),
      )
      .at(-1);
    const y = near ? +near.value!.slice(0, 4) : year;
    if (valid(y, +m[1]!, +m[2]!)) {
      const v = ymd(y, +m[1]!, +m[2]!);
      if (!best || v > best) best = v;
    }
  }
  // a retrospective (一周年, 实施一年来) is written a year after the latest date it names
  if (best && /(一周年|一年来|一年后|满一年|实施一年)/.test(text)) best = `${+best.slice(0, 4) + 1}${best.slice(4)}`;
  if (!best) {
    const months = abs
      .filter((d) => d.precision === "month" && d.value!.startsWith(String(year)))
      .map((d) => d.value!)
      .sort();
    best = months.length ? `${months.at(-1)}-01` : `${year}-01-01`;
  }
  return best;
}

/**
 * The publication date a page's address carries (news sites and government portals file pages by day):
 * `/2017/11/01/`, `/2017/0906/`, `/2021/6/9/`, `/2021-06-16/`, `/20170904/`, `t20210924_123.html`, `_20210924`. A run of digits
 * longer than a date (an article id, `2017092501`) is none. Null when the address holds no valid date of 2000–2039.
 * @example dateFromUrl("http://news.example.com/2017/11/01/IN1.htm") === "2017-11-01"
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  const m =
    /(?:^|\/)(20[0-3]\d)[/-](\d{2})[/-]?(\d{2})(?=\/|\.|_|$)/.exec(path) ??
    /(?:^|[/_t])(20[0-3]\d)(\d{2})(\d{2})(?=\/|\.|_|$)/.exec(path) ??
    /(?:^|\/)(20[0-3]\d)\/(\d{1,2})\/(\d{1,2})\//.exec(path);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  return valid(y, mo, d) ? ymd(y, mo, d) : null;
}
