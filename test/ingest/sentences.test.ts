import { describe, expect, it } from "vitest";
import { normalize } from "../../schema/text.js";
import { splitSentences } from "../../ingest/sentences.js";
import { seed, type SeedKey } from "./seeds.js";

const split = (body: string): string[] => splitSentences("doc:t", body, normalize(body)).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    ["甲。乙！丙？丁；戊", ["甲。", "乙！", "丙？", "丁；", "戊"]],
    ["他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]],
    ["第一行\n第二行。", ["第一行", "第二行。"]],
    ["被“雙開”……不過市場", ["被“雙開”……", "不過市場"]],
    ["一大重?fù)?。先是", ["一大重?fù)?。", "先是"]],
    ["就是有力的证明\n\n。\n下一段", ["就是有力的证明\n\n。", "下一段"]],
    [
      "标题行可以很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长\n正文。",
      ["标题行可以很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长", "正文。"],
    ],
    [
      "第一段。\n特别是线下的个人与个人间的交易，更难以被银行和非银行支付机构侦测，也难以被第三方支付机\n构侦测与拦截。”赵鹤称。",
      [
        "第一段。",
        "特别是线下的个人与个人间的交易，更难以被银行和非银行支付机构侦测，也难以被第三方支付机\n构侦测与拦截。”",
        "赵鹤称。",
      ],
    ],
    [
      "服务器在境外的百家平台被纳入监管视野\n整治办人士称。",
      ["服务器在境外的百家平台被纳入监管视野", "整治办人士称。"],
    ],
  ])("%s", (body, want) => expect(split(body)).toEqual(want));

  it.each(["000", "001", "002", "003", "004"] as SeedKey[])(
    "seed %s: sentences are slices of the body, in order, ids numbered",
    (k) => {
      const r = seed(k);
      expect(r.sentences.length).toBeGreaterThan(20);
      let prev = 0;
      r.sentences.forEach((s, i) => {
        expect(s.id).toBe(`${r.document.id}#${i}`);
        expect(r.document.body.slice(s.start, s.end)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(prev);
        prev = s.end;
      });
    },
  );
});
