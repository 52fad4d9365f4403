/**
 * The multi-selection bar over the canvas (shown when nodes are shift-clicked or
 * added from the inspector): bulk hide, expand, keep only these; with two nodes,
 * "Shortest paths" and their answer — each path's hops with their evidence, or
 * "not connected within N steps".
 */
import { useAtom } from "../../core/atom.js";
import { canvasActions, graphAtom } from "../graph-canvas/index.js";
import { multiSelectionAtom, selectionActions } from "../selection/index.js";
import { documentActions } from "../documents/index.js";
import { displayName } from "../../core/schema.js";
import { pathsActions, pathsAtom } from "./index.js";

const name = (id: string) => {
  const graph = graphAtom.get();
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
};

export function SelectionBar() {
  // names come from the canvas: re-render when it changes
  useAtom(graphAtom);
  const sel = useAtom(multiSelectionAtom);
  const p = useAtom(pathsAtom);
  if (!sel.length && p.status === "closed") return null;
  const r = p.result;
  return (
    <div className="selection-bar" data-testid="selection-bar">
      {sel.length > 0 && (
        <div className="selection-row">
          <span className="muted small" data-testid="selection-count" data-count={sel.length}>
            {sel.length} selected:
          </span>
          {sel.map((id) => (
            <span key={id} className="chip" lang="zh">
              {name(id)}
              <button type="button" className="link" aria-label="Unselect" onClick={() => selectionActions.toggle(id)}>
                ✕
              </button>
            </span>
          ))}
          <span className="spacer" />
          <button type="button" data-testid="selection-keep" onClick={() => selectionActions.keepOnly()}>
            Keep only these
          </button>
          <button type="button" data-testid="selection-hide" onClick={() => selectionActions.hide()}>
            Hide
          </button>
          <button type="button" data-testid="selection-expand" onClick={() => void selectionActions.expand()}>
            Expand
          </button>
          <label className="small">
            within{" "}
            <select
              value={p.maxSteps}
              data-testid="paths-max"
              onChange={(e) => pathsActions.setMax(Number(e.target.value))}
            >
              {[1, 2, 3, 4, 5, 6].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>{" "}
            steps
          </label>
          <button
            type="button"
            className="primary"
            data-testid="paths-find"
            disabled={sel.length !== 2 || p.status === "loading"}
            title="Shortest paths between the two selected nodes"
            onClick={() => void pathsActions.find(sel[0], sel[1])}
          >
            Shortest paths
          </button>
          <button type="button" className="link" onClick={() => selectionActions.clear()}>
            Clear
          </button>
        </div>
      )}
      {p.status !== "closed" && (
        <div className="paths-result" data-testid="paths-result" data-status={p.status}>
          <button type="button" className="link close" aria-label="Close paths" onClick={() => pathsActions.close()}>
            ✕
          </button>
          {p.status === "loading" && <p className="muted small">Finding paths…</p>}
          {p.status === "error" && (
            <p className="error-text small" role="alert">
              {p.error}
            </p>
          )}
          {r && r.length === null && (
            <p data-testid="paths-none" lang="zh">
              <strong>{displayName(r.a)}</strong> and <strong>{displayName(r.b)}</strong> are not connected within{" "}
              {r.maxSteps} step{r.maxSteps === 1 ? "" : "s"}.
            </p>
          )}
          {r && r.length !== null && (
            <>
              <p className="small" data-testid="paths-summary">
                {r.paths.length} shortest path{r.paths.length === 1 ? "" : "s"} of {r.length} step
                {r.length === 1 ? "" : "s"}
              </p>
              <ol className="paths-list">
                {r.paths.map((path, i) => (
                  <li key={i} data-testid="path">
                    {path.hops.map((h, j) => {
                      const from = path.nodes[j];
                      const to = path.nodes[j + 1];
                      return (
                        <div key={h.edge.id} className="hop" data-testid="path-hop">
                          <button
                            type="button"
                            className="link"
                            lang="zh"
                            onClick={() => canvasActions.select({ type: "edge", id: h.edge.id })}
                          >
                            {displayName(from)}{" "}
                            <span className="rel-chip">
                              {h.edge.source === from.id ? "" : "←"}
                              {h.edge.type}
                              {h.edge.source === from.id ? "→" : ""}
                            </span>{" "}
                            {displayName(to)}
                          </button>
                          {h.evidence.map((ev) => (
                            <blockquote
                              key={ev.sentenceId}
                              className="path-evidence"
                              data-testid="path-evidence"
                              lang="zh"
                              onClick={() => void documentActions.open(ev.docId, ev.sentenceId)}
                              title={`${ev.docTitle ?? ev.docId}${ev.published ? ` · ${ev.published}` : ""} — open the article`}
                            >
                              {ev.text}
                            </blockquote>
                          ))}
                        </div>
                      );
                    })}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </div>
  );
}
