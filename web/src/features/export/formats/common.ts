/** Helpers shared by the text export formats: flat attribute values and the union of property keys. */
import type { GraphBatch, PropValue } from "../../../core/schema.js";

/** A property value as one string (arrays joined with "|", null as empty). */
export function flat(v: PropValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join("|");
  return String(v);
}

/** Property keys used by nodes (or edges), in first-seen order, without internal ones. */
export function propertyKeys(items: GraphBatch["nodes"] | GraphBatch["edges"], skip: string[] = ["search"]): string[] {
  const keys = new Set<string>();
  for (const it of items) for (const k of Object.keys(it.properties)) if (!skip.includes(k)) keys.add(k);
  return [...keys];
}

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}
