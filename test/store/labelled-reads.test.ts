/**
 * The API's named reads look nodes up by label (a key lookup on both stores, not a scan of every
 * table) and say ORDER BY where their order is visible.
 */
import { describe, expect, it } from "vitest";
import { statementWith } from "../../store/statements.js";

const BY_ID = [
  "node",
  "neighbours",
  "neighbours-of-kinds",
  "neighbour-count",
  "neighbour-count-of-kinds",
  "node-evidence",
  "refresh-ranking",
];
const ORDERED = [
  "neighbours",
  "neighbours-of-kinds",
  "node-evidence",
  "overview-nodes",
  "overview-nodes-by-id",
  "overview-edges",
  "overview-in-province",
  "overview-dated",
  "overview-kinds",
  "overview-provinces",
  "entity-nodes",
  "entity-edges",
  "search-keys",
];

describe.each(["kuzu", "neo4j"] as const)("named reads (%s)", (dialect) => {
  it.each(BY_ID)("%s looks its node up by label and key", (name) => {
    const text = statementWith(name, dialect, { label: "Agency" });
    expect(text).toMatch(/\(n:Agency \{id: \$id\}\)|\(n:Agency\) WHERE n\.id IN \$ids/);
    // no unlabelled node pattern with properties anywhere
    expect(text).not.toMatch(/\(\w+ \{/);
  });
  it.each(ORDERED)("%s says ORDER BY", (name) => {
    expect(statementWith(name, dialect, { label: "Agency" })).toMatch(/ORDER BY/);
  });
  it("entity relationships exclude the evidence structure", () => {
    const text = statementWith("neighbours", dialect, { label: "Agency" });
    expect(text).toContain("ISSUED|");
    expect(text).not.toMatch(/MENTIONS|HAS_SENTENCE/);
  });
});
