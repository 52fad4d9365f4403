/** Query results as a text table (CJK characters count as two columns). */
import type { Value } from "../store/types.js";

/** A cell for the table view. */
function cell(v: Value): string {
  if (v === null) return "";
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return `[${v.map(cell).join(", ")}]`;
  const t = (v as { _type?: string })._type;
  if (t === "node") {
    const n = v as { id: string; label: string; properties: Record<string, unknown> };
    return `(${n.label} ${n.properties.name ?? n.id})`;
  }
  if (t === "relationship") {
    const r = v as { type: string; source: string; target: string };
    return `[${r.type} ${r.source}->${r.target}]`;
  }
  if (t === "path") return `<path ${(v as { edges: unknown[] }).edges.length} hops>`;
  return JSON.stringify(v);
}

/** Display width counting CJK characters as two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}
export const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));

export function formatTable(columns: string[], rows: Record<string, Value>[], maxCell = 60): string {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const s = cell(r[c] ?? null).replace(/\s+/g, " ");
      return width(s) > maxCell ? [...s].slice(0, maxCell - 1).join("") + "…" : s;
    }),
  );
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i]))));
  const line = (xs: string[]) => "| " + xs.map((x, i) => pad(x, widths[i])).join(" | ") + " |";
  return [line(columns), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...cells.map(line)].join("\n");
}
