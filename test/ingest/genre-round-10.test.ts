/**
 * Table tests for the tenth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article); the firms' names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const TW = { url: "https://news.example.com.tw/a/2" };

const workedWith = (r: DocumentResult): string[] => relationLines(r).filter((l) => l.startsWith("WORKED_WITH"));

describe("bodies that consult each other, and a body calling others to a meeting", () => {
  it.each([
    [
      "已與…協商, in Taiwan",
      "金管會已與中央銀行協商，認定比特幣不是貨幣。",
      TW,
      ["WORKED_WITH agency:台湾金融监督管理委员会 -> agency:台湾中央银行"],
    ],
    [
      "和…充分会商",
      "省发展改革委和省能源局充分会商后，决定暂停受理新项目。",
      {},
      ["WORKED_WITH agency:省发展改革委 -> agency:省能源局"],
    ],
    [
      "邀集, Taiwan's word for convening",
      "金管會邀集法務部、經濟部開會討論。",
      TW,
      [
        "WORKED_WITH agency:台湾金融监督管理委员会 -> agency:台湾法务部",
        "WORKED_WITH agency:台湾金融监督管理委员会 -> agency:台湾经济部",
      ],
    ],
  ])("%s: WORKED_WITH", (_what, body, meta, lines) => {
    expect(workedWith(run(body, meta)).sort()).toEqual([...lines].sort());
  });
  it("two bodies named side by side without consulting are not linked", () => {
    expect(workedWith(run("省发展改革委与省能源局的负责人出席了会议。"))).toEqual([]);
  });
});
