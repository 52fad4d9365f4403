/**
 * Time: the dated things on the canvas (measures by their date, relationships
 * by theirs), binned by month for the histogram, and the chronological list of
 * measures. Pure functions over the canvas graph; the range lives in filters.
 */
import type { DataGraph } from "../../core/graph.js";

export interface DatedItem {
  id: string;
  date: string;
  kind: "node" | "edge";
  label: string;
  nodeKind?: string;
}

export function datedItems(graph: DataGraph): DatedItem[] {
  const out: DatedItem[] = [];
  graph.forEachNode(
    (id, a) => a.date && out.push({ id, date: a.date, kind: "node", label: a.label, nodeKind: a.kind }),
  );
  graph.forEachEdge((id, a) => a.date && out.push({ id, date: a.date, kind: "edge", label: a.kind }));
  return out.sort((x, y) => x.date.localeCompare(y.date));
}

/** "YYYY-MM" keys from the first to the last month, inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const ly = Number(last.slice(0, 4));
  const lm = Number(last.slice(5, 7));
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
    if (out.length > 600) break;
  }
  return out;
}

export interface Bin {
  month: string;
  measures: number;
  relationships: number;
}

export function monthlyBins(items: DatedItem[]): Bin[] {
  if (!items.length) return [];
  const bins = new Map(
    monthRange(items[0].date, items[items.length - 1].date).map((m) => [
      m,
      { month: m, measures: 0, relationships: 0 },
    ]),
  );
  for (const it of items) {
    const b = bins.get(it.date.slice(0, 7));
    if (!b) continue;
    if (it.kind === "node") b.measures++;
    else b.relationships++;
  }
  return [...bins.values()];
}

/** Last day of a "YYYY-MM" month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, "0")}`;
}
