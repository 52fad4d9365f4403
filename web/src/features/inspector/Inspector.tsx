/** The right-hand inspector: every property of the selected node or edge, its connections, and the sentences that support it. */
import { selectionActions } from "../selection/index.js";
import { useAtom } from "../../core/atom.js";
import { LABEL_COLORS, REL_SPECS, type KgEdge, type KgNode, type PropValue } from "../../core/schema.js";
import { displayName } from "../../core/schema.js";
import { canvasActions, expansionsAtom, graphAtom, EXPAND_LIMIT } from "../graph-canvas/index.js";
import { EvidenceList } from "./Evidence.js";
import { inspectorAtom } from "./index.js";
import { ReviewPanel } from "../review/index.js";

const HIDDEN_PROPS = new Set(["search", "text"]);

function formatValue(v: PropValue): string {
  if (v === null || v === undefined) return "—";
  if (Array.isArray(v)) return v.length ? v.join("、") : "—";
  if (typeof v === "boolean") return v ? "yes" : "no";
  return String(v);
}

function Properties({ props, skip = [] }: { props: Record<string, PropValue>; skip?: string[] }) {
  const entries = Object.entries(props).filter(([k]) => !HIDDEN_PROPS.has(k) && !skip.includes(k));
  if (!entries.length) return <p className="muted">No properties.</p>;
  return (
    <dl className="props" data-testid="inspector-properties">
      {entries.map(([k, v]) => (
        <div key={k} className="prop">
          <dt>{k}</dt>
          <dd lang="zh">
            {k === "evidence" && Array.isArray(v) ? `${v.length} sentence${v.length === 1 ? "" : "s"}` : formatValue(v)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function KindBadge({ kind }: { kind: string }) {
  return (
    <span
      className="kind-badge"
      style={{ ["--kind" as string]: LABEL_COLORS[kind as keyof typeof LABEL_COLORS] ?? "#888" }}
    >
      {kind}
    </span>
  );
}

function NodeLink({ node }: { node: KgNode }) {
  return (
    <button
      type="button"
      className="node-link"
      onClick={() => void canvasActions.selectNode(node.id, { focus: true })}
      title={node.id}
    >
      <span className="dot" style={{ background: LABEL_COLORS[node.label] }} />
      <span lang="zh">{displayName(node)}</span>
    </button>
  );
}

function NodeView() {
  const s = useAtom(inspectorAtom);
  const expansions = useAtom(expansionsAtom);
  const graph = useAtom(graphAtom);
  const res = s.node!;
  const { node } = res;
  const onCanvas = graph.hasNode(node.id);
  const page = expansions[node.id];
  const left = page ? Math.max(0, page.total - page.offset) : res.total;
  const pinned = onCanvas && !!graph.getNodeAttribute(node.id, "fixed");
  const visibleNeighbours = onCanvas ? graph.neighbors(node.id).length : 0;
  // connections grouped by relationship type and direction ("ISSUED →", "← SERVES_AT")
  const nodeById = new Map(res.neighbours.map((n) => [n.id, n]));
  const byRel = new Map<string, Array<{ edge: KgEdge; other: KgNode }>>();
  for (const e of res.edges) {
    const out = e.source === node.id;
    const other = nodeById.get(out ? e.target : e.source);
    if (!other) continue;
    const key = out ? `${e.type} →` : `← ${e.type}`;
    byRel.set(key, [...(byRel.get(key) ?? []), { edge: e, other }]);
  }

  return (
    <>
      <header className="inspector-head">
        <KindBadge kind={node.label} />
        <h2 data-testid="inspector-title" lang="zh">
          {displayName(node)}
        </h2>
        <code className="node-id">{node.id}</code>
      </header>
      <div className="inspector-actions" data-testid="inspector-actions">
        <button type="button" onClick={() => canvasActions.focus(node.id)} disabled={!onCanvas}>
          Focus
        </button>
        <button
          type="button"
          data-testid={page ? "show-more" : "expand-button"}
          className="primary"
          disabled={left === 0}
          onClick={() => void canvasActions.expand(node.id)}
          title={`Add up to ${EXPAND_LIMIT} neighbours at a time`}
        >
          {page ? `Show more (${left} left)` : `Expand (${res.total})`}
        </button>
        {page && (
          <button
            type="button"
            data-testid="collapse-button"
            onClick={() => canvasActions.collapse(node.id)}
            title="Remove the neighbours this expansion brought that hang on this node only"
          >
            Collapse
          </button>
        )}
        <button type="button" onClick={() => canvasActions.togglePin(node.id)} disabled={!onCanvas}>
          {pinned ? "Unpin" : "Pin"}
        </button>
        <button type="button" onClick={() => canvasActions.hide(node.id)} disabled={!onCanvas}>
          Hide
        </button>
        <button type="button" className="danger" onClick={() => canvasActions.remove(node.id)} disabled={!onCanvas}>
          Remove
        </button>
        <button
          type="button"
          data-testid="multi-select-add"
          onClick={() => selectionActions.add(node.id)}
          disabled={!onCanvas}
          title="Add to the multi-selection (or shift-click on the canvas): bulk actions and shortest paths"
        >
          + Select
        </button>
      </div>
      <div className="inspector-depth">
        <span className="muted small">Neighbourhood, depth</span>
        {[1, 2, 3].map((d) => (
          <button
            key={d}
            type="button"
            data-testid={`depth-${d}`}
            onClick={() => void canvasActions.neighbourhood(node.id, d)}
            title={`Replace the canvas with everything within ${d} step${d > 1 ? "s" : ""} of this node`}
          >
            {d}
          </button>
        ))}
      </div>
      <section>
        <h3>Properties</h3>
        <Properties props={node.properties} />
      </section>
      <section>
        <h3>
          Connections <span className="count">{res.total}</span>
          {onCanvas && <span className="muted small"> · {visibleNeighbours} on canvas</span>}
        </h3>
        {res.neighbours.length === 0 ? (
          <p className="muted">No related entities.</p>
        ) : (
          <div className="neighbours" data-testid="relationships">
            {[...byRel.entries()].map(([key, items]) => (
              <div key={key} className="neighbour-group">
                <div className="neighbour-kind">{key}</div>
                <div className="neighbour-list">
                  {items.map(({ edge, other }) => (
                    <span key={edge.id} className="rel-item">
                      <NodeLink node={other} />
                      <button
                        type="button"
                        className="rel-evidence"
                        data-testid="relationship-evidence"
                        title={`The sentences behind ${edge.type} (${((edge.properties.evidence as string[] | null) ?? []).length})`}
                        onClick={() => void canvasActions.selectEdge(edge, [node, other])}
                      >
                        ¶
                      </button>
                    </span>
                  ))}
                </div>
              </div>
            ))}
            {res.total > res.neighbours.length && (
              <p className="muted small">…and {res.total - res.neighbours.length} more</p>
            )}
          </div>
        )}
      </section>
      <section>
        <h3>
          Evidence{" "}
          <span className="count" data-testid="evidence-count">
            {res.evidence.length}
          </span>
        </h3>
        <EvidenceList evidence={res.evidence} empty="No sentence mentions this entity." />
      </section>
      {"aliases" in node.properties && <ReviewPanel key={node.id} node={node} />}
    </>
  );
}

/** A node's name and aliases (to mark them in an edge's sentences). */
function namesOf(n: KgNode): string[] {
  const aliases = Array.isArray(n.properties.aliases) ? n.properties.aliases : [];
  return [displayName(n), ...aliases];
}

function EdgeView() {
  const s = useAtom(inspectorAtom);
  const { edge, source, target, evidence } = s.edge!;
  return (
    <>
      <header className="inspector-head">
        <span className="kind-badge rel">{edge.type}</span>
        <h2 data-testid="inspector-title" className="edge-title" lang="zh">
          {displayName(source)} <span className="arrow">→</span> {displayName(target)}
        </h2>
        <p className="muted small">{REL_SPECS[edge.type]?.description}</p>
      </header>
      <section>
        <h3>Endpoints</h3>
        <div className="endpoints">
          <NodeLink node={source} />
          <span className="arrow">→</span>
          <NodeLink node={target} />
        </div>
      </section>
      <section>
        <h3>Properties</h3>
        <Properties props={edge.properties} />
      </section>
      <section>
        <h3>
          Evidence{" "}
          <span className="count" data-testid="evidence-count">
            {evidence.length}
          </span>
        </h3>
        <EvidenceList
          evidence={evidence}
          empty="No supporting sentence recorded."
          terms={[source, target].flatMap(namesOf)}
        />
      </section>
    </>
  );
}

export function Inspector() {
  const s = useAtom(inspectorAtom);
  return (
    <aside
      className="panel inspector"
      data-testid="inspector"
      data-status={s.status}
      data-selected={s.selection?.id}
      aria-label="Inspector"
    >
      {s.status === "idle" && (
        <div className="empty-state">
          <div className="empty-icon" aria-hidden>
            ◎
          </div>
          <p>Select a node or an edge to see its properties and the sentences it comes from.</p>
          <p className="muted small">
            Search with <kbd>/</kbd>, double-click a node to expand it.
          </p>
        </div>
      )}
      {s.status === "loading" && <div className="loading-state">Loading…</div>}
      {s.status === "error" && (
        <div className="error-state" role="alert">
          {s.error}
        </div>
      )}
      {s.status === "ready" && s.node && <NodeView />}
      {s.status === "ready" && s.edge && <EdgeView />}
    </aside>
  );
}
