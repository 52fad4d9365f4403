/**
 * Export of what is on the canvas (visible nodes, the edges among them) or of
 * a query result: one module per format behind a switch, then a browser
 * download. CSV downloads two files (nodes, edges).
 */
import { atom } from "../../core/atom.js";
import { toBatch } from "../../core/graph.js";
import type { GraphBatch } from "../../core/schema.js";
import { filtersAtom, isEdgeVisible, isNodeVisible, provinceScope } from "../filters/index.js";
import { graph, hiddenNodesAtom, sigmaAtom } from "../graph-canvas/index.js";
import { toCsv } from "./formats/csv.js";
import { toCypher } from "./formats/cypher.js";
import { toGexf } from "./formats/gexf.js";
import { toGraphml } from "./formats/graphml.js";
import { toJson } from "./formats/json.js";
import { toPng } from "./formats/png.js";
import type { ExportFile, ExportFormat, Layout } from "./types.js";

export * from "./types.js";

export const exportStatusAtom = atom<{ last: string | null; error: string | null }>({ last: null, error: null });

/** The visible part of the canvas as a batch, with its layout. */
export function visibleBatch(): { batch: GraphBatch; layout: Layout } {
  const f = filtersAtom.get();
  const hidden = new Set(hiddenNodesAtom.get());
  const scope = provinceScope(graph, f.province);
  const keep = (n: string) => !hidden.has(n) && isNodeVisible(graph, n, f, scope);
  const batch = toBatch(graph, keep);
  batch.edges = batch.edges.filter((e) => isEdgeVisible(graph, e.id, f));
  const layout: Layout = { nodes: {} };
  for (const n of batch.nodes) {
    const a = graph.getNodeAttributes(n.id);
    layout.nodes[n.id] = { x: a.x, y: a.y, size: a.size, color: a.color };
  }
  return { batch, layout };
}

/** Files for a format (pure except PNG, which reads the sigma canvas). */
export async function exportFiles(format: ExportFormat, batch: GraphBatch, layout?: Layout, stamp = new Date().toISOString().slice(0, 10)): Promise<ExportFile[]> {
  const base = `crypto-reg-kg-${stamp}`;
  switch (format) {
    case "json":
      return [{ name: `${base}.json`, mime: "application/json", content: toJson(batch, layout) }];
    case "gexf":
      return [{ name: `${base}.gexf`, mime: "application/xml", content: toGexf(batch, layout) }];
    case "graphml":
      return [{ name: `${base}.graphml`, mime: "application/xml", content: toGraphml(batch, layout) }];
    case "csv": {
      const { nodes, edges } = toCsv(batch);
      return [
        { name: `${base}-nodes.csv`, mime: "text/csv", content: nodes },
        { name: `${base}-edges.csv`, mime: "text/csv", content: edges },
      ];
    }
    case "cypher":
      return [{ name: `${base}.cypher`, mime: "text/plain", content: toCypher(batch) }];
    case "png": {
      const sigma = sigmaAtom.get();
      if (!sigma) throw new Error("export/png: the canvas is not ready.");
      const bg = getComputedStyle(document.querySelector(".stage") ?? document.body).backgroundColor || "#ffffff";
      return [{ name: `${base}.png`, mime: "image/png", content: await toPng(sigma as never, bg) }];
    }
    default: {
      const never: never = format;
      throw new Error(`export: invalid \`format\` ${String(never)}.`);
    }
  }
}

export function download(file: ExportFile): void {
  const blob = file.content instanceof Blob ? file.content : new Blob([file.content], { type: `${file.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const exportActions = {
  /** Export the visible canvas, or the given batch (a query result). */
  async run(format: ExportFormat, source?: GraphBatch) {
    try {
      const { batch, layout } = source ? { batch: source, layout: undefined } : visibleBatch();
      const files = await exportFiles(format, batch, layout);
      for (const f of files) {
        download(f);
        await new Promise((r) => setTimeout(r, 150));
      }
      exportStatusAtom.set({ last: `${files.map((f) => f.name).join(", ")} (${batch.nodes.length} nodes, ${batch.edges.length} edges)`, error: null });
    } catch (err) {
      exportStatusAtom.set({ last: null, error: (err as Error).message });
    }
  },
};
