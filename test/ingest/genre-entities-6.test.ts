/**
 * Table tests for the seventh round of issue 10 (recall on unseen articles): a city bureau's district branches in
 * police and local news, written in full once and then by the district's short form alone, and the branches of
 * other bureaus written with the body's abbreviation. Sentences written for these tests (never copied from an
 * article).
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const agencies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("agency:"));

describe("a city bureau's district branches", () => {
  it("a branch named after a district is located in that district, with the district's police-branch name as an alias", () => {
    const r = run("株洲市公安局荷塘分局破获一起窃电案。");
    expect(relationLines(r)).toContain("LOCATED_IN agency:株洲市公安局荷塘分局 -> place:荷塘区");
    expect(relationLines(r)).not.toContain("LOCATED_IN agency:株洲市公安局荷塘分局 -> place:株洲市");
    expect(r.entities.find((e) => e.id === "agency:株洲市公安局荷塘分局")?.aliases).toContain("荷塘区公安分局");
  });
  it("another district's branch written bare after one in full is the same city bureau's branch", () => {
    const r = run("3月2日，株洲市公安局荷塘分局查获矿机40台。3月9日，芦淞分局又查获矿机60台。");
    expect(agencies(r)).toEqual(["agency:株洲市公安局芦淞分局", "agency:株洲市公安局荷塘分局"]);
    expect(relationLines(r)).toContain("LOCATED_IN agency:株洲市公安局芦淞分局 -> place:芦淞区");
  });
  it.each([
    ["a name that is no district of that city", "株洲市公安局荷塘分局查获矿机。随后天河分局也开展行动。"],
    ["a branch of another body", "株洲市公安局荷塘分局查获矿机。市税务局芦淞分局约谈企业。"],
  ])("no sibling branch: %s", (_what, body) => {
    expect(agencies(run(body))).not.toContain("agency:株洲市公安局芦淞分局");
    expect(agencies(run(body))).not.toContain("agency:株洲市公安局天河分局");
  });
  it("a branch with a name of its own (no district) is a branch, located in its city", () => {
    const r = run("株洲市公安局湘江分局接到群众举报。");
    expect(agencies(r)).toEqual(["agency:株洲市公安局湘江分局"]);
    expect(relationLines(r)).toContain("LOCATED_IN agency:株洲市公安局湘江分局 -> place:株洲市");
  });
  it("a word of time or scope before 分局 names no branch", () => {
    expect(agencies(run("株洲市公安局近期分局调整完毕。"))).toEqual(["agency:株洲市公安局"]);
  });
  it.each([
    ["environment", "株洲市境内，芦淞环保分局查处了一家矿场。", "株洲市环境保护局芦淞分局", "place:芦淞区"],
    ["market regulation", "株洲市荷塘市场监管分局约谈企业。", "株洲市市场监督管理局荷塘分局", "place:荷塘区"],
  ])(
    "district short form + a body's abbreviation + 分局 (%s) is the city bureau's branch",
    (_what, body, name, place) => {
      const r = run(body);
      expect(agencies(r)).toContain(`agency:${name}`);
      expect(relationLines(r)).toContain(`LOCATED_IN agency:${name} -> ${place}`);
    },
  );
});

describe("a document's own number on a line of its own under its heading", () => {
  const measures = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("measure:"));
  it("is the alias of the title above it, not a measure of its own", () => {
    const r = run(
      "甲省发展和改革委员会关于加强数据中心用电管理的通知\n\n甲发改能源〔2022〕7号\n\n各市发展改革委：\n现将有关事项通知如下。",
    );
    expect(measures(r)).toEqual(["measure:关于加强数据中心用电管理的通知"]);
    expect(r.entities.find((e) => e.id === "measure:关于加强数据中心用电管理的通知")?.aliases).toContain(
      "甲发改能源〔2022〕7号",
    );
  });
  it("names no node when the document has no title (a letter's number)", () => {
    expect(measures(run("乙政字〔2021〕12号\n市发展和改革委员会：\n来函收悉，现答复如下。"))).toEqual([]);
  });
  it("a number the text cites by itself stays a measure", () => {
    expect(measures(run("市发展改革委根据乙发改能源〔2021〕27号文件要求开展排查。"))).toEqual([
      "measure:乙发改能源〔2021〕27号",
    ]);
  });
});
