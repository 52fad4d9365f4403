/**
 * Export of what is on the canvas (visible nodes, the edges among them) or of
 * a query result: the text formats through schema/export (the same writers as
 * the CLI and API), PNG from the sigma canvas; then a browser download. CSV
 * downloads two files (nodes, edges).
 */
import { atom } from "../../core/atom.js";
import { toBatch } from "../../core/graph.js";
import type { GraphBatch } from "../../core/schema.js";
import { filtersAtom, isEdgeVisible, isNodeVisible, provinceScope } from "../filters/index.js";
import { canvasActions, hiddenNodesAtom, sigmaAtom } from "../graph-canvas/index.js";
import { serializedToBatch } from "../../core/serialized.js";
import type { SerializedGraph } from "../../core/schema.js";
import { evidenceIds, exportGraph } from "../../core/export.js";
import { api } from "../../api/client.js";
import { toPng } from "./formats/png.js";
import type { DownloadFile, WebExportFormat } from "./types.js";

export * from "./types.js";

export const exportStatusAtom = atom<{ last: string | null; error: string | null; opened?: string }>({
  last: null,
  error: null,
});

/** Canvas positions and sizes of the exported nodes (kept by GEXF). */
export type Positions = Map<string, { x: number; y: number; size?: number }>;

/** The visible part of the canvas as a batch, with its layout. */
export function visibleBatch(): { batch: GraphBatch; layout: Positions } {
  const graph = canvasActions.current();
  const drawn = sigmaAtom.get()?.getGraph();
  const f = filtersAtom.get();
  const hidden = new Set(hiddenNodesAtom.get());
  const scope = provinceScope(graph, f.province);
  const keep = (n: string) => !hidden.has(n) && isNodeVisible(graph, n, f, scope);
  const batch = toBatch(graph, keep);
  batch.edges = batch.edges.filter((e) => isEdgeVisible(graph, e.id, f));
  const layout: Positions = new Map();
  for (const n of batch.nodes) {
    const a = graph.getNodeAttributes(n.id);
    const size = drawn?.hasNode(n.id) ? drawn.getNodeAttribute(n.id, "size") : undefined;
    layout.set(n.id, { x: a.x, y: a.y, ...(size !== undefined ? { size } : {}) });
  }
  return { batch, layout };
}

/** The text of every sentence the batch's edges cite (POST /api/sentences), by sentence id: the exports' quotes. */
export async function quoteTexts(batch: GraphBatch): Promise<Map<string, string> | undefined> {
  const ids = evidenceIds(batch);
  if (!ids.length) return undefined;
  return new Map((await api.sentences(ids)).map((s) => [s.sentenceId, s.text]));
}

/** Files for a format: the shared exporters for text formats (with quotes beside evidence), the sigma canvas for PNG. */
export async function exportFiles(
  format: WebExportFormat,
  batch: GraphBatch,
  positions?: Positions,
  stamp = new Date().toISOString().slice(0, 10),
  quotes?: ReadonlyMap<string, string>,
): Promise<DownloadFile[]> {
  const basename = `crypto-reg-kg-${stamp}`;
  if (format === "json" && positions) {
    // keep the canvas layout in the saved graph so "Open a saved graph" restores it as it was
    const [f] = exportGraph(batch, "json", { basename, quotes });
    const g = JSON.parse(f.text) as SerializedGraph;
    for (const n of g.nodes) Object.assign(n.attributes, positions.get(n.key) ?? {});
    return [{ name: f.name, mime: f.mime, content: JSON.stringify(g, null, 2) }];
  }
  if (format !== "png")
    return exportGraph(batch, format, { basename, positions, quotes }).map((f) => ({
      name: f.name,
      mime: f.mime,
      content: f.text,
    }));
  const sigma = sigmaAtom.get();
  if (!sigma) throw new Error("export/png: the canvas is not ready.");
  const bg = getComputedStyle(document.querySelector(".stage") ?? document.body).backgroundColor || "#ffffff";
  return [{ name: `${basename}.png`, mime: "image/png", content: await toPng(sigma as never, bg) }];
}

export function download(file: DownloadFile): void {
  const blob = file.content instanceof Blob ? file.content : new Blob([file.content], { type: file.mime });
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
  async run(format: WebExportFormat, source?: GraphBatch) {
    try {
      const { batch, layout } = source ? { batch: source, layout: undefined } : visibleBatch();
      const quotes = format === "png" ? undefined : await quoteTexts(batch);
      const files = await exportFiles(format, batch, layout, undefined, quotes);
      exportStatusAtom.set({
        last: `${files.map((f) => f.name).join(", ")} (${batch.nodes.length} nodes, ${batch.edges.length} edges)`,
        error: null,
      });
      for (const [i, f] of files.entries()) {
        if (i > 0) await new Promise((r) => setTimeout(r, 150)); // browsers drop a second download started in the same tick
        download(f);
      }
    } catch (err) {
      exportStatusAtom.set({ last: null, error: (err as Error).message });
    }
  },
};

/**
 * Open a graph saved with the JSON export (graphology serialized format): it
 * replaces the canvas, keeping the saved positions when every node has them.
 */
export async function openSavedGraph(file: File): Promise<void> {
  try {
    const data = JSON.parse(await file.text()) as SerializedGraph;
    if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges))
      throw new Error("not a graphology JSON export (no nodes/edges arrays)");
    const positions = new Map<string, { x: number; y: number }>();
    for (const n of data.nodes) {
      const a = n.attributes ?? {};
      if (typeof a.x === "number" && typeof a.y === "number") positions.set(n.key, { x: a.x, y: a.y });
    }
    canvasActions.replace(serializedToBatch(data), { record: `open ${file.name}`, positions });
    exportStatusAtom.set({
      last: null,
      error: null,
      opened: `${file.name} (${data.nodes.length} nodes, ${data.edges.length} edges)`,
    });
  } catch (err) {
    exportStatusAtom.set({ last: null, error: `open: ${file.name}: ${(err as Error).message}` });
  }
}
