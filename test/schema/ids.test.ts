/** The id rules of schema/index.ts: a sentence's id and its document read back from it. */
import { describe, expect, it } from "vitest";
import { documentId, sentenceDocument, sentenceId } from "../../schema/index.js";

describe("a sentence id names its document", () => {
  it.each([
    ["a plain file", "seeds/000_57e0f5cb65e350e3.txt", 3],
    ["a file whose name holds #", "articles/notice#2.txt", 12],
    ["a file whose name ends in #", "articles/a#.html", 0],
  ])("%s: sentenceDocument reads back the document sentenceId was given", (_what, path, index) => {
    const doc = documentId(path);
    expect(sentenceDocument(sentenceId(doc, index))).toBe(doc);
  });
  it("one document's sentences are not another's whose name it prefixes (doc:a vs doc:a#b)", () => {
    expect(sentenceDocument(sentenceId("doc:a#b", 3))).not.toBe("doc:a");
  });
});
