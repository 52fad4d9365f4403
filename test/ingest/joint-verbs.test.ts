/**
 * A word of joint action that also opens a division's name (会同 of 会同县): right after a body's name it is the
 * verb, and the bare level after it is the locale's; after a division's name it is the division. Sentences written
 * for these tests; each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned } from "../helpers/extract.js";

const agencies = (body: string): string[] => mentioned(run(body)).filter((id) => id.startsWith("agency:"));

describe("会同 after a body is the verb, after a division the county", () => {
  it.each([
    ["泸溪县公安局会同县发改局开展排查。", ["agency:泸溪县公安局", "agency:泸溪县发展和改革局"]],
    ["吉首市市场监管局会同市供电公司开展检查。", ["agency:吉首市市场监督管理局"]],
    ["怀化市会同县公安局开展排查。", ["agency:会同县公安局"]],
  ])("%s", (body, want) => {
    expect(agencies(body)).toEqual(want.sort());
  });
});
