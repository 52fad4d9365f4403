/**
 * Shareable URL state: the query string encodes what the canvas shows (the
 * overview, a neighbourhood, a Cypher query's graph, or an explicit list of
 * node ids), the selection, the filters and the time range. It is written as
 * the view changes (history.replaceState) and read once on load to restore it.
 *
 * @example ?sel=n:agency:中国人民银行&hide=Person,Place&from=2021-09-01&to=2021-12-31
 */
import { documentActions, documentAtom } from "../documents/index.js";
import { api } from "../../api/client.js";
import { isNodeLabel, isRelType, type NodeLabel, type RelType } from "../../core/schema.js";
import { EMPTY_FILTERS, filtersAtom, type FiltersState } from "../filters/index.js";
import {
  canvasActions,
  graphAtom,
  hiddenNodesAtom,
  selectionAtom,
  sourceAtom,
  sourceDirty,
  type CanvasSource,
  type Selection,
} from "../graph-canvas/index.js";

/** Node lists longer than this are not put in the URL (the view falls back to its source). */
export const MAX_URL_NODES = 400;

export interface UrlState {
  source: CanvasSource;
  selection: Selection;
  filters: FiltersState;
  hidden: string[];
  /** The open article (and the sentence it was opened at), if any. */
  doc?: { id: string; sentence: string | null };
}

const list = (s: string | null) => (s ? s.split(",").filter(Boolean) : []);
const date = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

/** Parse a query string into a state (unknown or malformed parts are ignored). */
export function parseUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  let source: CanvasSource = { type: "overview" };
  const depth = Number(p.get("depth") ?? 1);
  if (p.get("around"))
    source = {
      type: "around",
      id: p.get("around")!,
      depth: Number.isInteger(depth) && depth >= 0 && depth <= 6 ? depth : 1,
    };
  else if (p.get("cypher")) source = { type: "query", query: p.get("cypher")! };
  else if (p.get("nodes"))
    source = {
      type: "nodes",
      ids: p
        .getAll("nodes")
        .flatMap((v) => v.split("\u001f"))
        .filter(Boolean),
    };
  const sel = p.get("sel");
  const selection: Selection = sel?.startsWith("n:")
    ? { type: "node", id: sel.slice(2) }
    : sel?.startsWith("e:")
      ? { type: "edge", id: sel.slice(2) }
      : null;
  const filters: FiltersState = {
    ...EMPTY_FILTERS,
    hiddenKinds: list(p.get("hide")).filter(isNodeLabel) as NodeLabel[],
    hiddenRelTypes: list(p.get("hideRel")).filter(isRelType) as RelType[],
    dateFrom: date(p.get("from")),
    dateTo: date(p.get("to")),
    province: p.get("prov") || null,
  };
  const doc = p.get("doc");
  return {
    source,
    selection,
    filters,
    hidden: p.getAll("hidden"),
    ...(doc ? { doc: { id: doc, sentence: p.get("sent") || null } } : {}),
  };
}

/** Write a state as a query string (keeping unrelated parameters such as expandLimit). */
export function formatUrl(s: UrlState, keep: URLSearchParams = new URLSearchParams()): string {
  const p = new URLSearchParams();
  for (const k of ["expandLimit"]) if (keep.get(k)) p.set(k, keep.get(k)!);
  if (s.source.type === "around") {
    p.set("around", s.source.id);
    p.set("depth", String(s.source.depth));
  } else if (s.source.type === "query") p.set("cypher", s.source.query);
  else if (s.source.type === "nodes") p.set("nodes", s.source.ids.join("\u001f"));
  if (s.selection) p.set("sel", `${s.selection.type === "node" ? "n" : "e"}:${s.selection.id}`);
  if (s.filters.hiddenKinds.length) p.set("hide", s.filters.hiddenKinds.join(","));
  if (s.filters.hiddenRelTypes.length) p.set("hideRel", s.filters.hiddenRelTypes.join(","));
  if (s.filters.dateFrom) p.set("from", s.filters.dateFrom);
  if (s.filters.dateTo) p.set("to", s.filters.dateTo);
  if (s.filters.province) p.set("prov", s.filters.province);
  for (const h of s.hidden) p.append("hidden", h);
  if (s.doc) {
    p.set("doc", s.doc.id);
    if (s.doc.sentence) p.set("sent", s.doc.sentence);
  }
  const q = p.toString();
  return q ? `?${q}` : "";
}

/** The canvas's content as a source for the URL: the original one, or the node ids if it was changed by hand. */
function currentSource(): CanvasSource {
  const { source } = sourceAtom.get();
  if (!sourceDirty()) return source;
  const ids = graphAtom.get().nodes();
  return ids.length <= MAX_URL_NODES ? { type: "nodes", ids } : source;
}

export function currentUrl(): string {
  return formatUrl(
    {
      source: currentSource(),
      selection: selectionAtom.get(),
      filters: filtersAtom.get(),
      hidden: hiddenNodesAtom.get(),
      ...(documentAtom.get().docId
        ? { doc: { id: documentAtom.get().docId!, sentence: documentAtom.get().sentenceId } }
        : {}),
    },
    new URLSearchParams(location.search),
  );
}

let restoring = false;

export const urlStateActions = {
  /** Restore the view described by the current URL (on load). */
  async restore(search = location.search) {
    restoring = true;
    try {
      const s = parseUrl(search);
      filtersAtom.set(s.filters);
      switch (s.source.type) {
        case "overview":
          await canvasActions.loadOverview();
          break;
        case "around":
          await canvasActions.neighbourhood(s.source.id, s.source.depth);
          break;
        case "query": {
          const res = await api.cypher(s.source.query).catch(() => null);
          if (res) canvasActions.replace(res.graph, { source: s.source });
          else await canvasActions.loadOverview();
          break;
        }
        case "nodes": {
          const batch = await api.nodes(s.source.ids).catch(() => null);
          if (batch) canvasActions.replace(batch, { source: s.source });
          else await canvasActions.loadOverview();
          break;
        }
      }
      const graph = graphAtom.get();
      hiddenNodesAtom.set(s.hidden.filter((h) => graph.hasNode(h)));
      if (s.selection?.type === "node") await canvasActions.selectNode(s.selection.id, { focus: true });
      else if (s.selection?.type === "edge" && graph.hasEdge(s.selection.id)) canvasActions.select(s.selection);
      if (s.doc) void documentActions.open(s.doc.id, s.doc.sentence);
    } finally {
      restoring = false;
      write();
    }
  },
};

let timer: ReturnType<typeof setTimeout> | null = null;
function write() {
  if (restoring || typeof history === "undefined") return;
  const url = currentUrl();
  if (url !== location.search) history.replaceState(null, "", location.pathname + url + location.hash);
}
function schedule() {
  if (timer) clearTimeout(timer);
  timer = setTimeout(write, 150);
}

/** Keep the address up to date as the view changes (set up in the app's effect; returns the unsubscribe). */
export function subscribeUrlState(): () => void {
  const unsubs = [graphAtom, sourceAtom, selectionAtom, filtersAtom, hiddenNodesAtom, documentAtom].map((a) =>
    a.subscribe(schedule),
  );
  return () => {
    if (timer) clearTimeout(timer);
    unsubs.forEach((u) => u());
  };
}
