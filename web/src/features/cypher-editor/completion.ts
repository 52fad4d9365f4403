/** Cypher autocomplete from the shared schema: labels after ':', relationship types after '[:' , properties after '.', keywords elsewhere. */
import type { CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import { NODE_LABELS, NODE_PROPERTIES, REL_SPECS, REL_TYPES } from "../../core/schema.js";

const KEYWORDS = [
  "MATCH",
  "OPTIONAL MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "ORDER BY",
  "LIMIT",
  "SKIP",
  "DISTINCT",
  "AS",
  "AND",
  "OR",
  "NOT",
  "IN",
  "CONTAINS",
  "STARTS WITH",
  "ENDS WITH",
  "IS NULL",
  "IS NOT NULL",
  "UNWIND",
  "count",
  "collect",
  "labels",
  "label",
  "type",
  "id",
  "size",
  "coalesce",
  "toLower",
  "DESC",
  "ASC",
];

const PROPS = [
  ...new Set([
    ...Object.values(NODE_PROPERTIES).flatMap((p) => Object.keys(p)),
    ...Object.values(REL_SPECS).flatMap((s) => Object.keys(s.properties)),
    "id",
  ]),
].sort();

export function cypherCompletions(ctx: CompletionContext): CompletionResult | null {
  const rel = ctx.matchBefore(/\[\w*:\w*/);
  if (rel) {
    const from = rel.from + rel.text.indexOf(":") + 1;
    return { from, options: REL_TYPES.map((t) => ({ label: t, type: "type", detail: REL_SPECS[t].description })) };
  }
  const label = ctx.matchBefore(/\(\w*:\w*/);
  if (label) {
    const from = label.from + label.text.indexOf(":") + 1;
    return {
      from,
      options: NODE_LABELS.map((l) => ({
        label: l,
        type: "class",
        detail: Object.keys(NODE_PROPERTIES[l]).join(", "),
      })),
    };
  }
  const prop = ctx.matchBefore(/\w+\.\w*/);
  if (prop)
    return {
      from: prop.from + prop.text.indexOf(".") + 1,
      options: PROPS.map((p) => ({ label: p, type: "property" })),
    };
  const word = ctx.matchBefore(/\w+/);
  if (!word || (word.from === word.to && !ctx.explicit)) return null;
  return { from: word.from, options: KEYWORDS.map((k) => ({ label: k, type: "keyword" })) };
}
