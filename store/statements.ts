/**
 * The one place that reads cypher/*.cypher and handles the two dialects.
 *
 * A statement `name` is read from `cypher/<name>.<dialect>.cypher` when that
 * file exists, else from `cypher/<name>.cypher`. Dialect differences, all here:
 *
 * | what                         | Kuzu (embedded)                         | Neo4j                         |
 * | ---------------------------- | --------------------------------------- | ----------------------------- |
 * | schema                       | declared node/rel tables (generated     | constraints + indexes         |
 * |                              | below from schema/), one rel table per  | (cypher/schema.cypher)        |
 * |                              | type with every (FROM, TO) pair         |                               |
 * | label of a node / rel        | `label(n)`, `label(r)`                  | `labels(n)[0]`, `type(r)`     |
 * | typed parameters             | `CAST(row.x AS STRING[])` (an empty or  | `row.x`; dates `date(row.x)`  |
 * |                              | all-null column has no type otherwise)  |                               |
 * | dates                        | DATE, returned as JS Date               | DATE, returned as neo4j Date  |
 * | batched rows (`$rows`)       | typed from the first row: rows batched  | any mix of NULLs              |
 * |                              | by NULL pattern, [] sent as NULL and    |                               |
 * |                              | read back as [] (kuzu.ts kuzuBatches)   |                               |
 * | `x IN $list` with empty list | crashes the process: never sent (JS     | fine                          |
 * |                              | short-circuits)                         |                               |
 * | `end` (Sentence, MENTIONS) | reserved word: write s.`end`           | s.end works                   |
 * | INT64 beyond 2^53           | returned as a (rounded) JS number by    | exact: a string when unsafe   |
 * |                              | the kuzu package (INT128 → exact string)|                               |
 * | label alternatives           | `(n:A:B)` means A or B                  | `(n:A|B)`                     |
 * | read-only user queries       | READ ONLY transaction: writes refused   | allow-list (neo4j-guard.ts),  |
 * |                              | at prepare time; multiple statements    | EXPLAIN → queryType must be   |
 * |                              | refused by prepare                      | "r", then a READ transaction  |
 * |                              |                                         | with a timeout, on its own    |
 * |                              |                                         | connection, cut at the limit  |
 * | NULL properties              | stored as NULL columns                  | not stored (absent key); both |
 * |                              |                                         | read back as null (values.ts) |
 * | lookups                      | `{{label}}`/`{{type}}` slots: primary   | the same slots: unique-       |
 * |                              | key / one table per label or type       | constraint and type indexes   |
 * | supported versions           | kuzu 0.11.3 (package.json)              | 5.3 to 5.26, checked at       |
 * |                              |                                         | connect (neo4j-version.ts)    |
 */
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import {
  ENTITY_LABELS,
  ENTITY_REL_TYPES,
  NODE_LABELS,
  NODE_PROPERTIES,
  RANKING_PROPERTIES,
  REL_SPECS,
  REL_TYPES,
  type NodeLabel,
  type PropType,
  type RelType,
} from "../schema/index.js";

export type Dialect = "kuzu" | "neo4j";

/** Where the .cypher files live. */
export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "cypher");

const cache = new Map<string, string>();

/**
 * Read a named statement for a dialect.
 * @example statement("search", "kuzu") // text of cypher/search.cypher
 */
export function statement(name: string, dialect: Dialect): string {
  const key = `${dialect}:${name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const specific = join(CYPHER_DIR, `${name}.${dialect}.cypher`);
  const generic = join(CYPHER_DIR, `${name}.cypher`);
  const file = existsSync(specific) ? specific : generic;
  if (!existsSync(file)) throw new Error(`statements: no cypher/${name}.cypher (nor .${dialect}.cypher).`);
  const text = stripComments(readFileSync(file, "utf8")).trim();
  cache.set(key, text);
  return text;
}

/** Labels and types a named statement names in `{{label}}`, `{{other}}` and `{{type}}` slots. */
export interface StatementSlots {
  /** The label of the node the statement looks up (e.g. `labelOfId(id)`), so both stores use its key index. */
  label?: NodeLabel;
  /** A second node label, e.g. the other end of an edge. */
  other?: NodeLabel;
  /** A relationship type. */
  type?: RelType;
}

/**
 * A named statement with its label/type slots filled. Slots take only declared labels and types
 * (never user text), so the result is as safe as the file.
 * @example statementWith("node", "kuzu", { label: "Agency" }) // "MATCH (n:Agency {id: $id}) …"
 */
export function statementWith(name: string, dialect: Dialect, slots: StatementSlots = {}): string {
  const text = statement(name, dialect);
  if (!text.includes("{{")) return text;
  const vars: Record<string, string> = { ...schemaSlots(dialect) };
  if (slots.label !== undefined) vars.label = checkedLabel(name, slots.label);
  if (slots.other !== undefined) vars.other = checkedLabel(name, slots.other);
  if (slots.type !== undefined) {
    if (!(REL_TYPES as readonly string[]).includes(slots.type))
      throw new Error(
        `statements: invalid type \`${slots.type}\` for ${name}. Expecting one of ${REL_TYPES.join(", ")}.`,
      );
    vars.type = slots.type;
  }
  return fill(text, vars);
}

/**
 * Slots every statement may use, filled from the schema: `{{entityLabels}}` (any entity label, as a label
 * alternative: `n:{{entityLabels}}`) and `{{entityRels}}` (every relationship type between entities, i.e.
 * not MENTIONS or HAS_SENTENCE: `-[r:{{entityRels}}]-`).
 */
function schemaSlots(dialect: Dialect): Record<string, string> {
  return {
    entityLabels: ENTITY_LABELS.join(dialect === "kuzu" ? ":" : "|"),
    entityRels: ENTITY_REL_TYPES.join("|"),
  };
}

function checkedLabel(name: string, label: string): string {
  if (!(NODE_LABELS as readonly string[]).includes(label))
    throw new Error(`statements: invalid label \`${label}\` for ${name}. Expecting one of ${NODE_LABELS.join(", ")}.`);
  return label;
}

/** Remove `//` line comments (outside strings) so statements can be split and sent. */
export function stripComments(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let quote: string | null = null;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
          if (c === "\\" && quote !== "`")
            i++; // skip the escaped character
          else if (c === quote) quote = null;
        } else if (c === "'" || c === '"' || c === "`") quote = c;
        else if (c === "/" && line[i + 1] === "/") return line.slice(0, i).trimEnd();
      }
      return line;
    })
    .filter((l) => l.trim() !== "")
    .join("\n");
}

/** Split a file of `;`-terminated statements. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new Error(`statements: template variable {{${k}}} has no value.`);
    return v;
  });
}

const KUZU_CAST: Record<PropType, string> = {
  STRING: "STRING",
  "STRING[]": "STRING[]",
  INT64: "INT64",
  BOOLEAN: "BOOLEAN",
  DATE: "DATE",
};

/** `row.x` as a typed expression in the dialect. */
function typed(dialect: Dialect, expr: string, type: PropType): string {
  if (dialect === "kuzu") return `CAST(${expr} AS ${KUZU_CAST[type]})`;
  return type === "DATE" ? `date(${expr})` : expr;
}

function assignments(dialect: Dialect, variable: string, props: Record<string, PropType>): string {
  return Object.entries(props)
    .map(([k, t]) => `${variable}.\`${k}\` = ${typed(dialect, `row.\`${k}\``, t)}`)
    .join(", ");
}

/** The batched upsert of one label's nodes. */
export function upsertNodes(dialect: Dialect, label: NodeLabel): string {
  return fill(statement("upsert-nodes", dialect), {
    label,
    assignments: assignments(dialect, "n", NODE_PROPERTIES[label]),
  });
}

/** The batched upsert of one relationship type between one label pair. */
export function upsertEdges(dialect: Dialect, type: RelType, from: NodeLabel, to: NodeLabel): string {
  const props: Record<string, PropType> = { id: "STRING", ...REL_SPECS[type].properties };
  return fill(statement("upsert-edges", dialect), { type, from, to, assignments: assignments(dialect, "r", props) });
}

function columns(dialect: Dialect, props: Record<string, PropType>): string {
  return Object.entries(props)
    .map(([k, t]) => typed(dialect, `row.\`${k}\``, t))
    .join(", ");
}

/** Kuzu only: COPY new nodes of one label from $rows (columns in table order). */
export function copyNodes(label: NodeLabel): string {
  const props: Record<string, PropType> = { id: "STRING", ...NODE_PROPERTIES[label] };
  return fill(statement("copy-nodes", "kuzu"), {
    label,
    // named: the table also has derived columns (RANKING_PROPERTIES) that COPY leaves NULL
    names: Object.keys(props)
      .map((k) => `\`${k}\``)
      .join(", "),
    columns: columns("kuzu", props),
  });
}

/** Kuzu only: COPY new relationships of one type and label pair from $rows. */
export function copyEdges(type: RelType, from: NodeLabel, to: NodeLabel): string {
  return fill(statement("copy-edges", "kuzu"), {
    type,
    from,
    to,
    columns: columns("kuzu", { id: "STRING", ...REL_SPECS[type].properties }),
  });
}

/** A Kuzu node table's columns besides `id`: the declared properties, then (entities) the derived ranking. */
function tableColumns(label: NodeLabel): Record<string, PropType> {
  const entity = (ENTITY_LABELS as readonly string[]).includes(label);
  return { ...NODE_PROPERTIES[label], ...(entity ? RANKING_PROPERTIES : {}) };
}

/** Kuzu DDL generated from schema/: node tables with `id` primary keys, rel tables with every (FROM, TO) pair. */
export function kuzuDdl(): string[] {
  const col = (props: Record<string, PropType>) =>
    Object.entries(props)
      .map(([k, t]) => `, \`${k}\` ${KUZU_CAST[t]}`)
      .join("");
  const nodes = NODE_LABELS.map(
    (l) => `CREATE NODE TABLE IF NOT EXISTS ${l}(id STRING PRIMARY KEY${col(tableColumns(l))})`,
  );
  const rels = REL_TYPES.map((t) => {
    const spec = REL_SPECS[t];
    const ends = spec.endpoints.map(([f, to]) => `FROM ${f} TO ${to}`).join(", ");
    return `CREATE REL TABLE IF NOT EXISTS ${t}(${ends}, id STRING${col(spec.properties)})`;
  });
  return [...nodes, ...rels];
}

/** Neo4j schema statements from cypher/schema.cypher. */
export function neo4jSchema(): string[] {
  return splitStatements(stripComments(readFileSync(join(CYPHER_DIR, "schema.cypher"), "utf8")));
}
