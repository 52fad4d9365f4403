/** Legend of node kinds present on the canvas, with counts; click a kind to hide or show it. */
import { useAtom } from "../../core/atom.js";
import { LABEL_COLORS, NODE_LABELS, type NodeLabel } from "../../core/schema.js";
import { filterActions, filtersAtom } from "../filters/index.js";
import { colorModeAtom, graphAtom } from "../graph-canvas/index.js";

export function kindCounts(graph = graphAtom.get()): Map<NodeLabel, number> {
  const counts = new Map<NodeLabel, number>();
  graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return counts;
}

export function Legend() {
  const graph = useAtom(graphAtom);
  const filters = useAtom(filtersAtom);
  const colorMode = useAtom(colorModeAtom);
  const counts = kindCounts(graph);
  const kinds = NODE_LABELS.filter((k) => counts.has(k));
  return (
    <section className="legend" data-testid="legend" aria-label="Legend">
      <h3>Kinds</h3>
      {kinds.length === 0 && <p className="muted small">Nothing on the canvas yet.</p>}
      <ul>
        {kinds.map((k) => {
          const hidden = filters.hiddenKinds.includes(k);
          return (
            <li key={k}>
              <button
                type="button"
                className={`legend-item${hidden ? " off" : ""}`}
                data-testid="legend-item"
                data-kind={k}
                aria-pressed={!hidden}
                onClick={() => filterActions.toggleKind(k)}
                title={hidden ? `Show ${k}` : `Hide ${k}`}
              >
                <span
                  className="swatch"
                  style={{
                    background: colorMode === "kind" ? LABEL_COLORS[k] : "transparent",
                    borderColor: LABEL_COLORS[k],
                  }}
                />
                <span className="legend-label">{k}</span>
                <span className="legend-count">{counts.get(k)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
