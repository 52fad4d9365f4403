/**
 * Legend of what is on the canvas: node kinds and relationship types, each with its
 * colour and count. Click a row to hide or show it; "only" shows that kind (or
 * relationship type) alone; "Show all" undoes both.
 */
import { useAtom } from "../../core/atom.js";
import {
  ENTITY_LABELS,
  LABEL_COLORS,
  NODE_LABELS,
  REL_TYPES,
  relCaption,
  type NodeLabel,
  type RelType,
} from "../../core/schema.js";
import { filterActions, filtersAtom } from "../filters/index.js";
import { colorModeAtom, graphAtom } from "../graph-canvas/index.js";
import { relColor } from "../graph-canvas/reducers.js";

export function kindCounts(graph = graphAtom.get()): Map<NodeLabel, number> {
  const counts = new Map<NodeLabel, number>();
  graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return counts;
}

export function relTypeCounts(graph = graphAtom.get()): Map<RelType, number> {
  const counts = new Map<RelType, number>();
  graph.forEachEdge((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return counts;
}

function Row(props: {
  testid: string;
  attr: Record<string, string>;
  hidden: boolean;
  only: boolean;
  name: string;
  count: number;
  swatch: React.ReactNode;
  onToggle: () => void;
  onOnly: () => void;
}) {
  return (
    <li className="legend-row">
      <button
        type="button"
        className={`legend-item${props.hidden ? " off" : ""}`}
        data-testid={props.testid}
        {...props.attr}
        aria-pressed={!props.hidden}
        onClick={props.onToggle}
        title={props.hidden ? `Show ${props.name}` : `Hide ${props.name}`}
      >
        {props.swatch}
        <span className="legend-label">{props.name}</span>
        <span className="legend-count">{props.count}</span>
      </button>
      <button
        type="button"
        className={`legend-only${props.only ? " active" : ""}`}
        data-testid={`${props.testid}-only`}
        {...props.attr}
        aria-pressed={props.only}
        onClick={props.onOnly}
        title={props.only ? "Show all again" : `Show only ${props.name}`}
      >
        only
      </button>
    </li>
  );
}

export function Legend() {
  const graph = useAtom(graphAtom);
  const filters = useAtom(filtersAtom);
  const colorMode = useAtom(colorModeAtom);
  const counts = kindCounts(graph);
  const kinds = NODE_LABELS.filter((k) => counts.has(k));
  const relCounts = relTypeCounts(graph);
  const types = REL_TYPES.filter((t) => relCounts.has(t));
  const onlyKind = (k: NodeLabel) =>
    !filters.hiddenKinds.includes(k) && ENTITY_LABELS.every((x) => x === k || filters.hiddenKinds.includes(x));
  const onlyType = (t: RelType) =>
    !filters.hiddenRelTypes.includes(t) && types.every((x) => x === t || filters.hiddenRelTypes.includes(x));
  const anyHidden = filters.hiddenKinds.length > 0 || filters.hiddenRelTypes.length > 0;
  return (
    <section className="legend" data-testid="legend" aria-label="Legend">
      <div className="legend-head">
        <h3>Kinds</h3>
        {anyHidden && (
          <button
            type="button"
            className="link small"
            data-testid="legend-show-all"
            onClick={() => filterActions.showAllKindsAndTypes()}
            title="Show every kind and relationship type"
          >
            Show all
          </button>
        )}
      </div>
      {kinds.length === 0 && <p className="muted small">Nothing on the canvas yet.</p>}
      <ul>
        {kinds.map((k) => (
          <Row
            key={k}
            testid="legend-item"
            attr={{ "data-kind": k }}
            hidden={filters.hiddenKinds.includes(k)}
            only={onlyKind(k)}
            name={k}
            count={counts.get(k) ?? 0}
            swatch={
              <span
                className="swatch"
                style={{
                  background: colorMode === "kind" ? LABEL_COLORS[k] : "transparent",
                  borderColor: LABEL_COLORS[k],
                }}
              />
            }
            onToggle={() => filterActions.toggleKind(k)}
            onOnly={() => filterActions.onlyKind(k, ENTITY_LABELS)}
          />
        ))}
      </ul>
      {types.length > 0 && (
        <>
          <h3 className="legend-sub">Relationships</h3>
          <ul data-testid="legend-rels">
            {types.map((t) => (
              <Row
                key={t}
                testid="legend-rel"
                attr={{ "data-type": t }}
                hidden={filters.hiddenRelTypes.includes(t)}
                only={onlyType(t)}
                name={relCaption(t)}
                count={relCounts.get(t) ?? 0}
                swatch={<span className="swatch line" data-color={relColor(t)} style={{ background: relColor(t) }} />}
                onToggle={() => filterActions.toggleRelType(t)}
                onOnly={() => filterActions.onlyRelType(t, types)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
