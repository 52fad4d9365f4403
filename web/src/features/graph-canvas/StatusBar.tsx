/** Bottom bar of the canvas: counts (visible / total), loading and error states. */
import { useAtom } from "../../core/atom.js";
import { filtersAtom, isEdgeVisible, isFiltered, isNodeVisible, provinceScope } from "../filters/index.js";
import { OverviewMore } from "./OverviewMore.js";
import { graphAtom, hiddenNodesAtom, historyAtom, statusAtom, undoTo } from "./index.js";

/** The exploration so far, as breadcrumbs: click a step to go back to just before it. */
function Steps() {
  const h = useAtom(historyAtom);
  if (!h.past.length) return null;
  const shown = h.past.slice(-4);
  const offset = h.past.length - shown.length;
  return (
    <span className="steps" data-testid="steps" aria-label="Exploration steps">
      {offset > 0 && <span className="muted">… </span>}
      {shown.map((s, i) => (
        <span key={offset + i}>
          {i > 0 && <span className="muted"> › </span>}
          <button
            type="button"
            className="link step"
            title={`Go back to before “${s.label}”`}
            onClick={() => undoTo(offset + i)}
          >
            {s.label}
          </button>
        </span>
      ))}
    </span>
  );
}

export function StatusBar() {
  const graph = useAtom(graphAtom);
  const status = useAtom(statusAtom);
  const filters = useAtom(filtersAtom);
  const hidden = useAtom(hiddenNodesAtom);
  const hiddenSet = new Set(hidden);
  const scope = provinceScope(graph, filters.province);
  let visibleNodes = 0;
  graph.forEachNode((n) => {
    if (!hiddenSet.has(n) && isNodeVisible(graph, n, filters, scope)) visibleNodes++;
  });
  let visibleEdges = 0;
  graph.forEachEdge((e, _a, s, t) => {
    if (
      isEdgeVisible(graph, e, filters) &&
      !hiddenSet.has(s) &&
      !hiddenSet.has(t) &&
      isNodeVisible(graph, s, filters, scope) &&
      isNodeVisible(graph, t, filters, scope)
    )
      visibleEdges++;
  });
  const filtered = isFiltered(filters) || hidden.length > 0;
  return (
    <div className="status-bar" data-testid="status-bar">
      <span data-testid="node-count" data-count={graph.order} data-visible={visibleNodes}>
        {filtered ? `${visibleNodes} of ${graph.order}` : graph.order} nodes
      </span>
      <span data-testid="edge-count" data-count={graph.size} data-visible={visibleEdges}>
        {filtered ? `${visibleEdges} of ${graph.size}` : graph.size} edges
      </span>
      <OverviewMore />
      <Steps />
      {status.loading && <span className="status-loading">{status.message ?? "Loading…"}</span>}
      {status.error && (
        <span className="status-error" role="alert" data-testid="status-error">
          {status.error}
        </span>
      )}
    </div>
  );
}
