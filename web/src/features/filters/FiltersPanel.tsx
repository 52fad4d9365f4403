/** Relationship-type and province filters, with a visible summary and a reset. */
import { useAtom } from "../../core/atom.js";
import { ENTITY_LABELS, REL_TYPES, type NodeLabel, type RelType } from "../../core/schema.js";
import { graphAtom, hiddenNodesAtom, canvasActions } from "../graph-canvas/index.js";
import { filterActions, filtersAtom, isFiltered } from "./index.js";
import type { DataGraph } from "../../core/graph.js";

function relCounts(graph: DataGraph): Map<RelType, number> {
  const m = new Map<RelType, number>();
  graph.forEachEdge((_, a) => m.set(a.kind, (m.get(a.kind) ?? 0) + 1));
  return m;
}

export function FiltersPanel() {
  const graph = useAtom(graphAtom);
  const f = useAtom(filtersAtom);
  const hidden = useAtom(hiddenNodesAtom);
  const counts = relCounts(graph);
  const provinces = graph
    .filterNodes((_, a) => a.kind === "Province")
    .map((id) => ({ id, name: graph.getNodeAttribute(id, "label") }))
    .sort((a, b) => a.name.localeCompare(b.name, "zh"));
  return (
    <section className="filters" data-testid="filters" aria-label="Filters">
      <h3>Relationships</h3>
      <div className="chips">
        {REL_TYPES.filter((t) => counts.has(t)).map((t) => {
          const off = f.hiddenRelTypes.includes(t);
          return (
            <button
              key={t}
              type="button"
              className={`chip${off ? " off" : ""}`}
              data-testid="rel-filter"
              data-type={t}
              aria-pressed={!off}
              onClick={() => filterActions.toggleRelType(t)}
            >
              {t.toLowerCase().replace(/_/g, " ")} <span className="chip-count">{counts.get(t)}</span>
            </button>
          );
        })}
        {counts.size === 0 && <p className="muted small">No relationships on the canvas.</p>}
      </div>
      <div className="only-row">
        <select
          data-testid="only-kind"
          value=""
          aria-label="Show only this kind"
          onChange={(e) => e.target.value && filterActions.onlyKind(e.target.value as NodeLabel, ENTITY_LABELS)}
        >
          <option value="">Only kind…</option>
          {ENTITY_LABELS.filter((k) => graph.someNode((_, a) => a.kind === k)).map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <select
          data-testid="only-rel"
          value=""
          aria-label="Show only this relationship type"
          onChange={(e) =>
            e.target.value &&
            filterActions.onlyRelType(
              e.target.value as RelType,
              REL_TYPES.filter((t) => counts.has(t)),
            )
          }
        >
          <option value="">Only relationship…</option>
          {REL_TYPES.filter((t) => counts.has(t)).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <h3 style={{ marginTop: 14 }}>Province</h3>
      <select
        className="full"
        data-testid="province-filter"
        value={f.province ?? ""}
        onChange={(e) => filterActions.setProvince(e.target.value || null)}
      >
        <option value="">All provinces</option>
        {provinces.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {(isFiltered(f) || hidden.length > 0) && (
        <div className="filter-summary" data-testid="filter-summary">
          <span>
            {[
              f.hiddenKinds.length ? `${f.hiddenKinds.length} kind${f.hiddenKinds.length > 1 ? "s" : ""} hidden` : "",
              f.hiddenRelTypes.length
                ? `${f.hiddenRelTypes.length} relationship type${f.hiddenRelTypes.length > 1 ? "s" : ""} hidden`
                : "",
              f.dateFrom || f.dateTo ? `dates ${f.dateFrom ?? "…"} – ${f.dateTo ?? "…"}` : "",
              f.province && graph.hasNode(f.province) ? `in ${graph.getNodeAttribute(f.province, "label")}` : "",
              hidden.length ? `${hidden.length} node${hidden.length > 1 ? "s" : ""} hidden by hand` : "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
          <button
            type="button"
            data-testid="reset-filters"
            onClick={() => {
              filterActions.reset();
              if (hidden.length) canvasActions.showAll();
            }}
          >
            Reset
          </button>
        </div>
      )}
    </section>
  );
}
