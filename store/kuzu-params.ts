/**
 * Checks a user query's parameters before they reach Kuzu, which types a
 * list by its first element and silently rewrites the rest (kuzu 0.11.3:
 * `[1, {"z": 2}]` comes back as `[1, 0]`, `[1, 2.5]` as `[1, 4612811918334231000]`,
 * `["a", 1]` as `["a", ""]`) and reads the maps of a list by key position
 * (`[{z:1, w:2}, {w:3, z:4}]` becomes `[{z:1, w:2}, {z:3, w:4}]`). So
 * parameters are passed through intact or refused with a clear message:
 * every list holds one type (whole and fractional numbers are two types, as
 * they are to Kuzu), the maps of a list have the same keys, and map keys are
 * put in one order.
 */
import { QueryRejected } from "./types.js";

type Shape =
  | { kind: "null" | "boolean" | "integer" | "fractional number" | "string" }
  | { kind: "list"; of: Shape }
  | { kind: "map"; fields: Map<string, Shape> };

const describe = (s: Shape): string =>
  s.kind === "list"
    ? "a list"
    : s.kind === "map"
      ? `a map with keys ${[...s.fields.keys()].join(", ") || "(none)"}`
      : s.kind === "integer"
        ? "an integer"
        : `a ${s.kind}`;

/** Where two shapes part: the path below the list element, and the two shapes there. */
class Mismatch extends Error {
  constructor(
    readonly at: string,
    readonly a: Shape,
    readonly b: Shape,
  ) {
    super("shapes differ");
  }
}

/** The common shape of two values, null fitting anything; throws Mismatch when there is none. */
function merge(a: Shape, b: Shape, at = ""): Shape {
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  if (a.kind === "list" && b.kind === "list") return { kind: "list", of: merge(a.of, b.of, `${at}[]`) };
  if (a.kind === "map" && b.kind === "map") {
    const keys = [...a.fields.keys()];
    if (keys.length !== b.fields.size || keys.some((k) => !b.fields.has(k))) throw new Mismatch(at, a, b);
    return {
      kind: "map",
      fields: new Map(keys.map((k) => [k, merge(a.fields.get(k)!, b.fields.get(k)!, `${at}.${k}`)])),
    };
  }
  if (a.kind !== b.kind) throw new Mismatch(at, a, b);
  return a;
}

/** The value with map keys sorted (so every map of a list has them in one order), and its shape. */
function inspect(value: unknown, path: string): { value: unknown; shape: Shape } {
  if (value === null || value === undefined) return { value: null, shape: { kind: "null" } };
  if (typeof value === "boolean") return { value, shape: { kind: "boolean" } };
  if (typeof value === "number")
    return { value, shape: { kind: Number.isInteger(value) ? "integer" : "fractional number" } };
  if (typeof value === "string") return { value, shape: { kind: "string" } };
  if (Array.isArray(value)) {
    const items = value.map((v, i) => inspect(v, `${path}[${i}]`));
    if (items.length > 1 && items[0].shape.kind === "null" && items.some((x) => x.shape.kind !== "null"))
      throw refuse(path, "its first element is null, and the embedded store types a list by its first element");
    let of: Shape = { kind: "null" };
    for (const [i, item] of items.entries()) {
      try {
        of = merge(of, item.shape);
      } catch (e) {
        if (!(e instanceof Mismatch)) throw e;
        const where = e.at ? ` at \`${e.at}\`` : "";
        throw refuse(
          path,
          `element ${i} holds ${describe(e.b)}${where} where the elements before it hold ${describe(e.a)}`,
        );
      }
    }
    return { value: items.map((x) => x.value), shape: { kind: "list", of } };
  }
  if (typeof value === "object") {
    const keys = Object.keys(value).sort();
    const fields = new Map<string, Shape>();
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const x = inspect((value as Record<string, unknown>)[k], `${path}.${k}`);
      out[k] = x.value;
      fields.set(k, x.shape);
    }
    return { value: out, shape: { kind: "map", fields } };
  }
  throw refuse(path, `it is a ${typeof value}`);
}

function refuse(path: string, why: string): QueryRejected {
  return new QueryRejected(
    `cypher: invalid \`${path}\`: ${why}. The embedded store (Kuzu) would change such a value; expecting lists of one type ` +
      "(whole and fractional numbers count as two) whose maps have the same keys.",
    "invalid",
  );
}

/**
 * Parameters as Kuzu will carry them intact, or a QueryRejected naming the
 * parameter and the problem.
 * @example checkKuzuParams({ y: [1, { z: 2 }] }) // throws: `params.y`: element 1 is a map … integers
 */
export function checkKuzuParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = inspect(v, `params.${k}`).value;
  return out;
}
