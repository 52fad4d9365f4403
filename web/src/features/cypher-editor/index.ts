/**
 * The Cypher workbench: the query being edited, running it (POST /api/cypher,
 * read-only on the server), the result in table / graph / JSON views, the
 * query history (localStorage), and example queries (GET /api/examples, served
 * from cypher/examples/*.cypher). A result's graph can be added to or replace
 * the canvas.
 */
import { atom } from "../../core/atom.js";
import { api } from "../../api/client.js";
import { canvasActions, graphAtom } from "../graph-canvas/index.js";

/** Canvas size above which adding a query result asks first. */
export const LARGE_CANVAS = 20_000;
import type { Frame, ResultView, SavedQuery, WorkbenchState } from "./types.js";
import { loadSaved, paramValues, parseSavedFile, queryParams, storeSaved, toSavedFile, upsertSaved } from "./saved.js";

export * from "./types.js";
export * from "./saved.js";

const HISTORY_KEY = "kg.cypher.history";
const HISTORY_MAX = 50;

function loadHistory(): string[] {
  try {
    const h = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(h) ? h.filter((x): x is string => typeof x === "string").slice(0, HISTORY_MAX) : [];
  } catch {
    return [];
  }
}

export const DEFAULT_QUERY =
  "MATCH (a:Agency)-[r:ISSUED]->(m:Measure)\nRETURN a.name AS agency, m.name AS measure, m.date AS date\nORDER BY date";

export const workbenchAtom = atom<WorkbenchState>({
  open: false,
  query: DEFAULT_QUERY,
  params: {},
  status: "idle",
  runs: 0,
  result: null,
  error: null,
  view: "table",
  history: typeof localStorage !== "undefined" ? loadHistory() : [],
  examples: [],
  examplesError: null,
  pinned: [],
  saved: typeof localStorage !== "undefined" ? loadSaved() : [],
});

let frameIds = 0;

/** Add a query to the front of the history (deduplicated, capped) and persist it. */
export const pushHistory = (query: string) => (history: string[]) =>
  [query, ...history.filter((q) => q !== query)].slice(0, HISTORY_MAX);

let examplesLoaded = false;

export const workbenchActions = {
  open() {
    workbenchAtom.set((s) => ({ ...s, open: true }));
    void workbenchActions.loadExamples();
  },
  close() {
    workbenchAtom.set((s) => ({ ...s, open: false }));
  },
  toggle() {
    if (workbenchAtom.get().open) workbenchActions.close();
    else workbenchActions.open();
  },
  setQuery(query: string) {
    workbenchAtom.set((s) => ({ ...s, query }));
  },
  setView(view: ResultView) {
    workbenchAtom.set((s) => ({ ...s, view }));
  },
  async loadExamples() {
    if (examplesLoaded) return;
    examplesLoaded = true;
    try {
      const examples = await api.examples();
      workbenchAtom.set((s) => ({ ...s, examples, examplesError: null }));
    } catch (err) {
      examplesLoaded = false;
      workbenchAtom.set((s) => ({ ...s, examplesError: (err as Error).message }));
    }
  },
  setParam(name: string, value: string) {
    workbenchAtom.set((s) => ({ ...s, params: { ...s.params, [name]: value } }));
  },
  /** Run the current query (or the one given), with its `$parameters`. One request at a time: a run while one is in flight is ignored. */
  async run(query = workbenchAtom.get().query) {
    const q = query.trim();
    if (!q || workbenchAtom.get().status === "running") return;
    const names = queryParams(q);
    const params = names.length ? paramValues(names, workbenchAtom.get().params) : undefined;
    const history = pushHistory(q)(workbenchAtom.get().history);
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    } catch {
      /* storage full or disabled: history lives for this session only */
    }
    workbenchAtom.set((s) => ({ ...s, query, status: "running", error: null, history }));
    try {
      const result = await api.cypher(q, params);
      const hasGraph = result.graph.nodes.length > 0;
      workbenchAtom.set((s) => ({
        ...s,
        status: "done",
        runs: s.runs + 1,
        result,
        error: null,
        view: s.view === "graph" && !hasGraph ? "table" : s.view,
      }));
    } catch (err) {
      workbenchAtom.set((s) => ({
        ...s,
        status: "error",
        runs: s.runs + 1,
        result: null,
        error: (err as Error).message,
      }));
    }
  },
  /** Keep the current result as a frame beside the next ones (Neo4j Browser's pin). */
  pin() {
    const s = workbenchAtom.get();
    if (!s.result) return;
    const frame: Frame = {
      id: ++frameIds,
      query: s.query,
      params: { ...s.params },
      result: s.result,
      view: s.view,
      pinned: true,
    };
    workbenchAtom.set((x) => ({ ...x, pinned: [frame, ...x.pinned] }));
  },
  unpin(id: number) {
    workbenchAtom.set((s) => ({ ...s, pinned: s.pinned.filter((f) => f.id !== id) }));
  },
  setFrameView(id: number, view: ResultView) {
    workbenchAtom.set((s) => ({ ...s, pinned: s.pinned.map((f) => (f.id === id ? { ...f, view } : f)) }));
  },
  /** Save the current query (and its parameter values) under a name; the same name replaces it. */
  save(name: string) {
    const s = workbenchAtom.get();
    const n = name.trim();
    if (!n || !s.query.trim()) return;
    const keep = queryParams(s.query);
    const params = Object.fromEntries(keep.map((k) => [k, s.params[k] ?? ""]));
    const saved = upsertSaved({ name: n, query: s.query, params })(s.saved);
    storeSaved(saved);
    workbenchAtom.set((x) => ({ ...x, saved }));
  },
  openSaved(q: SavedQuery) {
    workbenchAtom.set((s) => ({ ...s, query: q.query, params: { ...s.params, ...q.params } }));
  },
  deleteSaved(name: string) {
    const saved = workbenchAtom.get().saved.filter((q) => q.name !== name);
    storeSaved(saved);
    workbenchAtom.set((s) => ({ ...s, saved }));
  },
  /** The saved queries as a downloadable file's text. */
  exportSaved: () => toSavedFile(workbenchAtom.get().saved),
  /** Merge the queries of a saved-queries file (same names are replaced); returns how many, or throws a message. */
  importSaved(text: string, fileName: string): number {
    const incoming = parseSavedFile(text, fileName);
    let saved = workbenchAtom.get().saved;
    for (const q of [...incoming].reverse()) saved = upsertSaved(q)(saved);
    storeSaved(saved);
    workbenchAtom.set((s) => ({ ...s, saved }));
    return incoming.length;
  },
  clearHistory() {
    try {
      localStorage.removeItem(HISTORY_KEY);
    } catch {
      /* nothing to clear */
    }
    workbenchAtom.set((s) => ({ ...s, history: [] }));
  },
  /** Put the result's graph on the canvas: added to what is there, or replacing it. */
  toCanvas(mode: "add" | "replace") {
    const r = workbenchAtom.get().result;
    if (!r || !r.graph.nodes.length) return;
    const total = r.graph.nodes.length + (mode === "add" ? graphAtom.get().order : 0);
    if (
      total > LARGE_CANVAS &&
      !confirm(
        `The canvas would hold ${total.toLocaleString()} nodes; drawing that many may make the page slow. Continue?`,
      )
    )
      return;
    if (mode === "replace")
      canvasActions.replace(r.graph, {
        record: "query result",
        source: { type: "query", query: workbenchAtom.get().query },
      });
    else canvasActions.add(r.graph, { record: "add query result" });
  },
};
