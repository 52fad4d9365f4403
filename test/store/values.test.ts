/**
 * One value mapping for both stores (store/values.ts): a node or relationship
 * as each driver hands it over — neo4j-driver's own Node/Relationship/Date
 * classes (Neo4j stores no NULLs: absent keys, any key order) and Kuzu's plain
 * objects (every column, NULLs included, table order) — maps to the same value:
 * every declared property, in declared order, absent = null, lists = [].
 */
import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { NODE_PROPERTIES, REL_SPECS } from "../../schema/index.js";
import { canonicalProperties, fromKuzu, fromNeo4j } from "../../store/values.js";

const int = (n: number) => neo4j.int(n);

describe("one value mapping", () => {
  it("maps a Neo4j node with missing keys in any order like the Kuzu node with NULL columns", () => {
    const neo = new neo4j.types.Node(int(1), ["Place"], { search: "甲县", name: "甲县", id: "place:甲县" }, "4:x:1");
    const kuzuRaw = {
      _id: { offset: 0, table: 6 },
      _label: "Place",
      id: "place:甲县",
      name: "甲县",
      aliases: null,
      search: "甲县",
      code: null,
      level: null,
    };
    const a = fromNeo4j(neo);
    const b = fromKuzu(kuzuRaw);
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b)); // same key order too
    expect(Object.keys((a as { properties: object }).properties)).toEqual(Object.keys(NODE_PROPERTIES.Place));
    expect((a as { properties: Record<string, unknown> }).properties).toMatchObject({ code: null, aliases: [] });
  });

  it("maps relationships the same: dates, integers, absent evidence", () => {
    const id = "MENTIONS:doc:t#0->agency:中国人民银行";
    const neo = new neo4j.types.Relationship(
      int(7),
      int(1),
      int(2),
      "MENTIONS",
      { end: int(6), id, start: int(0) },
      "5:x:7",
      "4:x:1",
      "4:x:2",
    );
    const kuzuRaw = {
      _id: { offset: 0, table: 20 },
      _src: { offset: 0, table: 9 },
      _dst: { offset: 0, table: 0 },
      _label: "MENTIONS",
      id,
      surface: null,
      start: 0n,
      end: 6n,
    };
    expect(JSON.stringify(fromNeo4j(neo))).toBe(JSON.stringify(fromKuzu(kuzuRaw)));
    const issued = new neo4j.types.Relationship(int(8), int(1), int(2), "ISSUED", {
      id: "ISSUED:agency:a->measure:b",
      date: new neo4j.types.Date(2021, 9, 24),
    });
    expect(fromNeo4j(issued)).toMatchObject({
      source: "agency:a",
      target: "measure:b",
      properties: { evidence: [], date: "2021-09-24" },
    });
    expect(Object.keys((fromNeo4j(issued) as { properties: object }).properties)).toEqual(
      Object.keys(REL_SPECS.ISSUED.properties),
    );
  });

  it("keeps an unknown label's own properties, sorted, and drops undeclared ones of a known label", () => {
    expect(canonicalProperties(null, { b: 1, a: 2, _x: 3, id: "i" }, (v) => v as number)).toEqual({ a: 2, b: 1 });
    expect(Object.keys(canonicalProperties(null, { b: 1, a: 2 }, (v) => v as number))).toEqual(["a", "b"]);
    const n = fromNeo4j(new neo4j.types.Node(int(1), ["Country"], { id: "country:x", name: "x", stray: "?" }));
    expect((n as { properties: Record<string, unknown> }).properties).toEqual({ name: "x", aliases: [], search: null });
  });
});
