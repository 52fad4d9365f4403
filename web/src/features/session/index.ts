/**
 * Session files (issue 12): save what is on the canvas — the graph with
 * positions and styles, filters and time range, selection, pinned and hidden
 * nodes, Cypher history and saved queries, and the store's identity — as one
 * JSON file (schema/session.ts), and open one again: the server says which of
 * its nodes this store holds; those are drawn where they were, the others are
 * listed as missing.
 *
 * @example
 *   await sessionActions.save();           // downloads crypto-reg-kg-<date>.kg-session.json
 *   await sessionActions.open(file);       // a File from an <input type="file">
 */
import { atom } from "../../core/atom.js";
import { toBatch } from "../../core/graph.js";
import { setPinned } from "../../core/producers.js";
import { toSerializedGraph } from "../../core/schema.js";
import { serializedToBatch } from "../../core/serialized.js";
import {
  SESSION_EXTENSION,
  SESSION_FORMAT,
  SESSION_VERSION,
  parseSession,
  type SessionFile,
  type StoreIdentity,
} from "../../core/session.js";
import { api } from "../../api/client.js";
import { filtersAtom } from "../filters/index.js";
import {
  COLOR_MODES,
  LABEL_DENSITIES,
  SIZE_MODES,
  canvasActions,
  colorModeAtom,
  hiddenNodesAtom,
  labelDensityAtom,
  selectionAtom,
  sigmaAtom,
  sizeModeAtom,
} from "../graph-canvas/index.js";
import { workbenchAtom } from "../cypher-editor/index.js";
import { storeSaved } from "../cypher-editor/saved.js";
import { download } from "../export/index.js";

export interface MissingNode {
  id: string;
  /** The name the session file gave it. */
  label: string;
  kind: string;
}

export interface SessionState {
  status: "idle" | "saving" | "opening" | "open" | "saved" | "error";
  /** The file saved or opened. */
  file: string | null;
  /** Nodes of the opened session that this store does not hold (not drawn; listed). */
  missing: MissingNode[];
  /** Whether the opened session was made on this store, and on the same content. */
  sameStore: boolean | null;
  sameContent: boolean | null;
  drawn: number;
  error: string | null;
}

const IDLE: SessionState = {
  status: "idle",
  file: null,
  missing: [],
  sameStore: null,
  sameContent: null,
  drawn: 0,
  error: null,
};
export const sessionAtom = atom<SessionState>(IDLE);

const oneOf = <T extends string>(list: readonly T[], v: string, fallback: T): T =>
  (list as readonly string[]).includes(v) ? (v as T) : fallback;

/** The session file of what is on the canvas now (positions as drawn, styles as drawn). */
export function toSessionFile(store: StoreIdentity | null, savedAt = new Date().toISOString()): SessionFile {
  const data = canvasActions.current();
  const drawn = sigmaAtom.get()?.getGraph();
  const graph = toSerializedGraph(toBatch(data));
  for (const n of graph.nodes) {
    const a = data.getNodeAttributes(n.key);
    Object.assign(n.attributes, { x: a.x, y: a.y });
    if (drawn?.hasNode(n.key)) {
      const d = drawn.getNodeAttributes(n.key);
      Object.assign(n.attributes, { size: d.size, color: d.color });
    }
  }
  const sigma = sigmaAtom.get();
  const cam = sigma?.getCamera().getState();
  const wb = workbenchAtom.get();
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    savedAt,
    store,
    graph,
    filters: { ...filtersAtom.get() },
    selection: selectionAtom.get(),
    pinned: data.filterNodes((_, a) => !!a.fixed),
    hidden: hiddenNodesAtom.get().filter((id) => data.hasNode(id)),
    styles: { sizeMode: sizeModeAtom.get(), colorMode: colorModeAtom.get(), labelDensity: labelDensityAtom.get() },
    queries: {
      history: [...wb.history],
      saved: wb.saved.map((q) => ({ name: q.name, query: q.query, params: { ...q.params } })),
    },
    camera: cam ? { x: cam.x, y: cam.y, ratio: cam.ratio, angle: cam.angle } : null,
  };
}

/** Draw a parsed session file, keeping only the nodes the store holds (`present`). */
export function applySession(s: SessionFile, present: ReadonlySet<string>, name: string): void {
  const all = serializedToBatch({
    nodes: s.graph.nodes.map((n) => {
      // `fixed` is carried by `pinned`; the rest of the display attributes are dropped by serializedToBatch
      const { fixed: _fixed, ...attributes } = (n.attributes ?? {}) as Record<string, unknown>;
      return { key: n.key, attributes };
    }),
    edges: s.graph.edges.map((e) => ({ ...e, attributes: e.attributes ?? {} })),
  });
  const batch = {
    nodes: all.nodes.filter((n) => present.has(n.id)),
    edges: all.edges.filter((e) => present.has(e.source) && present.has(e.target)),
  };
  const positions = new Map<string, { x: number; y: number }>();
  for (const n of s.graph.nodes) {
    const a = n.attributes ?? {};
    if (present.has(n.key) && typeof a.x === "number" && typeof a.y === "number")
      positions.set(n.key, { x: a.x, y: a.y });
  }
  filtersAtom.set({ ...s.filters });
  sizeModeAtom.set(oneOf(SIZE_MODES, s.styles.sizeMode, "degree"));
  colorModeAtom.set(oneOf(COLOR_MODES, s.styles.colorMode, "kind"));
  labelDensityAtom.set(oneOf(LABEL_DENSITIES, s.styles.labelDensity, "normal"));
  canvasActions.replace(batch, {
    record: `open session ${name}`,
    positions,
    source: { type: "nodes", ids: batch.nodes.map((n) => n.id) },
  });
  const pinned = s.pinned.filter((id) => present.has(id));
  if (pinned.length) canvasActions.update(setPinned(pinned, true));
  hiddenNodesAtom.set(s.hidden.filter((id) => present.has(id)));
  if (s.selection && (s.selection.type === "edge" || present.has(s.selection.id))) canvasActions.select(s.selection);
  // the session's queries come first; the browser's own stay after them
  const wb = workbenchAtom.get();
  const history = [...new Set([...s.queries.history, ...wb.history])].slice(0, 100);
  const names = new Set(s.queries.saved.map((q) => q.name));
  const fromFile = s.queries.saved.map((q) => ({
    name: q.name,
    query: q.query,
    params: Object.fromEntries(Object.entries(q.params ?? {}).map(([k, v]) => [k, String(v)])),
  }));
  const saved = [...fromFile, ...wb.saved.filter((q) => !names.has(q.name))];
  workbenchAtom.set((w) => ({ ...w, history, saved }));
  storeSaved(saved);
  try {
    localStorage.setItem("kg.cypher.history", JSON.stringify(history));
  } catch {
    /* storage full or disabled: the history lives for this page only */
  }
}

export const sessionActions = {
  /** Download the session file of what is on the canvas. */
  async save() {
    sessionAtom.set({ ...IDLE, status: "saving" });
    try {
      const store = await api
        .sessionIdentity()
        .then((r) => r.store)
        .catch(() => null);
      const file = toSessionFile(store);
      const name = `crypto-reg-kg-${file.savedAt.slice(0, 10)}${SESSION_EXTENSION}`;
      download({ name, mime: "application/json", content: JSON.stringify(file, null, 1) });
      sessionAtom.set({ ...IDLE, status: "saved", file: name, drawn: file.graph.nodes.length });
    } catch (err) {
      sessionAtom.set({ ...IDLE, status: "error", error: `session: could not save (${(err as Error).message}).` });
    }
  },

  /** Open a session file: checked against the store, drawn where it was, missing nodes listed. */
  async open(file: File) {
    sessionAtom.set({ ...IDLE, status: "opening", file: file.name });
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error(`session ${file.name}: not a JSON file. Expecting a session file (${SESSION_EXTENSION}).`);
      }
      const s = parseSession(json, file.name);
      const check = await api.validateSession(s);
      const present = new Set(check.present);
      applySession(s, present, file.name);
      const missing = s.graph.nodes
        .filter((n) => !present.has(n.key))
        .map((n) => ({
          id: n.key,
          label: String(n.attributes?.label ?? n.key),
          kind: String(n.attributes?.kind ?? ""),
        }));
      sessionAtom.set({
        status: "open",
        file: file.name,
        missing,
        sameStore: check.store.matches,
        sameContent: check.store.sameContent,
        drawn: present.size,
        error: null,
      });
    } catch (err) {
      sessionAtom.set({ ...IDLE, status: "error", file: file.name, error: (err as Error).message });
    }
  },

  dismiss() {
    sessionAtom.set(IDLE);
  },
};
