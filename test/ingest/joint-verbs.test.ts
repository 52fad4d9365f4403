/**
 * Lists of local bodies. A word of joint action that also opens a division's name (会同 of 会同县): right after a body's name it is the
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

describe("bodies listed right after one named by a bare level word share its division", () => {
  it.each([
    ["5月3日，湖南省网信办联合省教育厅和公安厅等部门发布通知。", ["agency:湖南省公安厅", "agency:湖南省教育厅"]],
    [
      "湖南省人民政府发布通知。省发改委、工信厅、市场监管局联合部署。",
      ["agency:湖南省发展和改革委员会", "agency:湖南省工业和信息化厅", "agency:湖南省市场监督管理局"],
    ],
  ])("%s", (body, want) => {
    const ids = agencies(body);
    for (const w of want) expect(ids).toContain(w);
  });
  it("with no division known, the list after a bare short form names nothing more", () => {
    expect(agencies("省教育厅、公安厅联合发布通知。")).toEqual(["agency:省教育厅"]);
  });
});
