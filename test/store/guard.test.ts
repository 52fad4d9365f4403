/**
 * store/guard.ts: range() sizes are evaluated, not matched literally, so
 * arithmetic and parameters cannot slip a huge list past the guard.
 */
import { describe, expect, it } from "vitest";
import { checkUserQuery, evaluateConstant, rangeCalls, rangeSize, MAX_RANGE } from "../../store/guard.js";
import { QueryRejected } from "../../store/types.js";

describe("guard: constant expressions", () => {
  it.each([
    ["6*10000000", {}, 60_000_000],
    ["(3 + 3) * 10000000", {}, 60_000_000],
    ["10^8", {}, 100_000_000],
    ["-5 + 2", {}, -3],
    ["1e7", {}, 10_000_000],
    ["100 % 7", {}, 2],
    ["$n * 2", { n: 30_000_000 }, 60_000_000],
    ["$n", { n: "42" }, 42],
    ["size(xs)", {}, null],
    ["n", {}, null],
    ["$missing", {}, null],
    ["$n", { n: [1] }, null],
    ["1 +", {}, null],
    ["(1", {}, null],
  ])("%s → %s", (expr, params, value) => {
    expect(evaluateConstant(expr, params)).toBe(value);
  });
});

describe("guard: range() calls and sizes", () => {
  it("finds every call with its top-level arguments", () => {
    expect(rangeCalls("RETURN range(1, (2+3)*4), [x IN RANGE(0, size([1,2]), 2) | x]")).toEqual([
      ["1", "(2+3)*4"],
      ["0", "size([1,2])", "2"],
    ]);
  });
  it.each([
    [["1", "10"], 10],
    [["0", "9", "2"], 5],
    [["10", "1"], 0],
    [["10", "1", "-1"], 10],
    [["1", "6*10000000"], 60_000_000],
    [["0", "size(xs)"], null],
    [["1", "10", "0"], null],
  ])("range(%s) → %s", (args, size) => {
    expect(rangeSize(args)).toBe(size);
  });
});

describe("guard: checkUserQuery refuses huge ranges however they are written", () => {
  it.each([
    ["UNWIND range(1, 6*10000000) AS x RETURN count(*)", {}],
    ["RETURN size(range(0, (3 + 3) * 10000000))", {}],
    ["UNWIND range(1, 10^8) AS x RETURN x", {}],
    ["UNWIND range(1, $n) AS x RETURN count(*)", { n: 60_000_000 }],
    ["UNWIND range(-$n, $n) AS x RETURN count(*)", { n: 600_000 }],
    ["RETURN [x IN range(1, 5) | range(1, 2000000)]", {}],
  ])("%s", (q, params) => {
    let err: unknown;
    try {
      checkUserQuery(q, params);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(QueryRejected);
    expect((err as QueryRejected).reason).toBe("invalid");
    expect((err as QueryRejected).message).toMatch(/is too large to build \([\d,]+ elements; at most 1,000,000\)/);
  });

  it.each([
    "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y RETURN count(*)",
    "UNWIND range(1, 2000000, 2) AS x RETURN count(*)",
    "MATCH (n) WITH collect(n) AS ns UNWIND range(0, size(ns) - 1) AS i RETURN ns[i]",
    "RETURN 'range(1, 99999999)' AS text",
  ])("lets %s through", (q) => {
    expect(checkUserQuery(q)).toBe(q);
  });

  it("MAX_RANGE is a million", () => expect(MAX_RANGE).toBe(1_000_000));
});

describe("guard: the server's settings are not the graph", () => {
  it.each([
    "CALL current_setting('home_directory') RETURN *",
    "call CURRENT_SETTING('file_search_path') RETURN *",
    "CALL threads = 64",
    "CALL timeout=0",
  ])("%s is refused", (q) => {
    expect(() => checkUserQuery(q)).toThrow(/reads or changes the server's settings/);
  });

  it.each(["CALL db_version() RETURN *", "CALL show_tables() RETURN *", "RETURN 'CALL current_setting' AS s"])(
    "%s passes",
    (q) => {
      expect(checkUserQuery(q)).toBe(q);
    },
  );
});
