/**
 * Table tests for the ninth round of issue 10 (recall on unseen articles), one category per block. Sentences
 * written for these tests (never copied from an article).
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned } from "../helpers/extract.js";
import type { DocumentResult } from "../../ingest/types.js";

const companies = (r: DocumentResult): string[] => mentioned(r).filter((id) => id.startsWith("company:"));

describe("a time word opening the clause before a firm's name", () => {
  it.each([
    ["几天前", "几天前公司宣布停止全部挖矿业务。"],
    ["当时", "当时公司已将矿机运往境外。"],
    ["两个月前", "两个月前公司就已关闭了矿场。"],
  ])("%s + 公司 names no firm", (_what, body) => {
    expect(companies(run(body))).toEqual([]);
  });
  it.each([
    ["3天前", "3天前鑫源矿业公司宣布关闭矿场。", "company:鑫源矿业公司"],
    ["不久前", "不久前鑫源矿业公司宣布关闭矿场。", "company:鑫源矿业公司"],
  ])("%s before a named firm leaves the firm's name", (_what, body, id) => {
    expect(companies(run(body))).toEqual([id]);
  });
});
