/**
 * The party's central inspection groups (中央巡视组, 中央第六巡视组, 十九届第六轮中央巡视组): a special central body
 * a report names by its number, if any (source: 中国共产党巡视工作条例, which sets the central groups up by round and
 * number; the round and the congress's term written before it are no part of the name).
 */
import { type Cand, agencyRef } from "./shared.js";

const INSPECTION_GROUP =
  /(?:十[一二三四五六七八九]?届)?(?:第[一二三四五六七八九十]+轮)?(中央(?:第[一二三四五六七八九十]+)?巡视组)/g;

/** Each central inspection group written in the text, named without its round. */
export function inspectionGroups(text: string): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(INSPECTION_GROUP)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, ref: agencyRef(m[1]!, "central"), priority: 7, role: "gov" });
  }
  return out;
}
