/**
 * The time panel: a monthly histogram of dated measures and relationships, a
 * two-handle range slider and exact date inputs (both set the filters' date
 * range), and the measures on the canvas listed chronologically.
 */
import { useAtom } from "../../core/atom.js";
import { LABEL_COLORS } from "../../core/schema.js";
import { EVENT_REL_TYPES, filterActions, filtersAtom, hasDateRange, inDateRange } from "../filters/index.js";
import { canvasActions, graphAtom, selectionAtom } from "../graph-canvas/index.js";
import { datedItems, monthEnd, monthlyBins } from "./index.js";

/** Who issued a measure (the sources of its ISSUED edges on the canvas). */
function issuers(measure: string): string[] {
  const graph = graphAtom.get();
  return graph.hasNode(measure)
    ? graph
        .filterInEdges(measure, (_, a) => a.kind === "ISSUED")
        .map((e) => graph.getNodeAttribute(graph.source(e), "label"))
    : [];
}

export function Timeline() {
  const graph = useAtom(graphAtom);
  const f = useAtom(filtersAtom);
  const sel = useAtom(selectionAtom);
  const items = datedItems(graph);
  const bins = monthlyBins(items);
  const measures = items.filter((i) => i.kind === "node" && i.nodeKind === "Measure");
  const undated = graph.filterNodes((_, a) => a.kind === "Measure" && !a.date);
  const events = items.filter((i) => i.kind === "edge");
  // events without a date: relationships that record one (sanctioned, moved to, acted on, issued) between undated ends
  const undatedEvents = graph.filterEdges(
    (_, a, s, t) =>
      !a.date &&
      EVENT_REL_TYPES.includes(a.kind) &&
      !graph.getNodeAttribute(s, "date") &&
      !graph.getNodeAttribute(t, "date"),
  );
  const endName = (id: string) => graph.getNodeAttribute(id, "label");
  const ranged = hasDateRange(f);

  if (!bins.length)
    return (
      <section className="timeline" data-testid="timeline">
        <h3>Time</h3>
        <p className="muted small">No dated measures or relationships on the canvas.</p>
      </section>
    );

  const n = bins.length;
  const fromIdx = f.dateFrom
    ? Math.max(
        0,
        bins.findIndex((b) => b.month >= f.dateFrom!.slice(0, 7)),
      )
    : 0;
  let toIdxRaw = n - 1;
  if (f.dateTo) {
    toIdxRaw = -1;
    for (let i = n - 1; i >= 0; i--) {
      if (bins[i].month <= f.dateTo.slice(0, 7)) {
        toIdxRaw = i;
        break;
      }
    }
  }
  const toIdx = toIdxRaw < 0 ? n - 1 : toIdxRaw;
  const max = Math.max(...bins.map((b) => b.measures + b.relationships), 1);
  const W = 216;
  const H = 54;
  const bw = W / n;
  const setMonths = (a: number, b: number) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    filterActions.setDateRange(
      lo === 0 ? null : `${bins[lo].month}-01`,
      hi === n - 1 ? null : monthEnd(bins[hi].month),
    );
  };
  const first = bins[0].month;
  const last = bins[n - 1].month;

  return (
    <section className="timeline" data-testid="timeline">
      <h3>
        Time{" "}
        <span className="muted small">
          {first} – {last}
        </span>
      </h3>
      <svg
        className="histogram"
        width="100%"
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label="Measures and relationships per month"
      >
        {bins.map((b, i) => {
          const inRange = inDateRange(`${b.month}-15`, {
            ...f,
            dateFrom: f.dateFrom ? f.dateFrom.slice(0, 7) + "-01" : null,
            dateTo: f.dateTo ? monthEnd(f.dateTo.slice(0, 7)) : null,
          });
          const hm = (b.measures / max) * (H - 4);
          const hr = (b.relationships / max) * (H - 4);
          return (
            <g key={b.month} className={inRange ? "bin" : "bin out"} onClick={() => setMonths(i, i)}>
              <title>{`${b.month}: ${b.measures} measure(s), ${b.relationships} relationship(s)`}</title>
              <rect x={i * bw + 0.5} y={H - hr - hm} width={Math.max(1, bw - 1)} height={hr} className="bar-rel" />
              <rect x={i * bw + 0.5} y={H - hm} width={Math.max(1, bw - 1)} height={hm} fill={LABEL_COLORS.Measure} />
            </g>
          );
        })}
      </svg>
      <div
        className="range"
        style={{
          ["--from" as string]: `${(fromIdx / Math.max(1, n - 1)) * 100}%`,
          ["--to" as string]: `${(toIdx / Math.max(1, n - 1)) * 100}%`,
        }}
      >
        <input
          type="range"
          min={0}
          max={n - 1}
          value={fromIdx}
          aria-label="From month"
          data-testid="time-from-slider"
          onChange={(e) => setMonths(Math.min(Number(e.target.value), toIdx), toIdx)}
        />
        <input
          type="range"
          min={0}
          max={n - 1}
          value={toIdx}
          aria-label="To month"
          data-testid="time-to-slider"
          onChange={(e) => setMonths(fromIdx, Math.max(Number(e.target.value), fromIdx))}
        />
      </div>
      <div className="date-inputs">
        <input
          type="date"
          data-testid="date-from"
          value={f.dateFrom ?? ""}
          min={`${first}-01`}
          max={monthEnd(last)}
          onChange={(e) => filterActions.setDateRange(e.target.value || null, f.dateTo)}
          aria-label="From date"
        />
        <span>–</span>
        <input
          type="date"
          data-testid="date-to"
          value={f.dateTo ?? ""}
          min={`${first}-01`}
          max={monthEnd(last)}
          onChange={(e) => filterActions.setDateRange(f.dateFrom, e.target.value || null)}
          aria-label="To date"
        />
      </div>
      {measures.length > 0 && (
        <>
          <h3 style={{ marginTop: 14 }}>
            Measures <span className="count">{measures.filter((m) => inDateRange(m.date, f)).length}</span>
          </h3>
          <ol className="measure-list" data-testid="measure-list">
            {measures.map((m) => {
              const on = inDateRange(m.date, f);
              return (
                <li
                  key={m.id}
                  className={on ? "" : "out"}
                  data-testid="measure-item"
                  data-date={m.date}
                  data-in-range={on}
                >
                  <button
                    type="button"
                    className={sel?.id === m.id ? "selected" : ""}
                    onClick={() => void canvasActions.selectNode(m.id, { focus: true })}
                    title={m.label}
                  >
                    <time>{m.date}</time>
                    <span lang="zh">{m.label}</span>
                    {issuers(m.id).length > 0 && (
                      <span className="issuers" lang="zh" data-testid="measure-issuers">
                        {issuers(m.id).join("、")}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {events.length > 0 && (
        <>
          <h3 style={{ marginTop: 14 }}>
            Events{" "}
            <span className="count" data-testid="event-count">
              {events.filter((m) => inDateRange(m.date, f)).length}
            </span>
          </h3>
          <ol className="measure-list" data-testid="event-list">
            {events.map((ev) => {
              const on = inDateRange(ev.date, f);
              const [s, t] = graph.extremities(ev.id);
              return (
                <li
                  key={ev.id}
                  className={on ? "" : "out"}
                  data-testid="event-item"
                  data-date={ev.date}
                  data-in-range={on}
                >
                  <button
                    type="button"
                    className={sel?.id === ev.id ? "selected" : ""}
                    onClick={() => canvasActions.select({ type: "edge", id: ev.id })}
                  >
                    <time>{ev.date}</time>
                    <span lang="zh">
                      {endName(s)} <span className="rel-chip">{ev.label}</span> {endName(t)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {(undated.length > 0 || undatedEvents.length > 0) && (
        <>
          {undated.length + undatedEvents.length > 0 && (
            <details
              className="undated"
              data-testid="undated-events"
              data-count={undated.length + undatedEvents.length}
              open={ranged}
            >
              <summary className="muted small">
                Undated: {undated.length} measure{undated.length === 1 ? "" : "s"}, {undatedEvents.length} event
                {undatedEvents.length === 1 ? "" : "s"}
                {ranged ? " — not placed in the range, listed here" : ""}
              </summary>
              <ul>
                {undatedEvents.map((e) => {
                  const [s, t] = graph.extremities(e);
                  return (
                    <li key={e} data-testid="undated-event">
                      <button
                        type="button"
                        className="link"
                        onClick={() => canvasActions.select({ type: "edge", id: e })}
                        lang="zh"
                      >
                        {endName(s)} {graph.getEdgeAttribute(e, "kind")} {endName(t)}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
          {undated.length > 0 && (
            <details className="undated" data-testid="undated-measures">
              <summary className="muted small">
                {undated.length} undated measure{undated.length > 1 ? "s" : ""}
              </summary>
              <ul>
                {undated.map((id) => (
                  <li key={id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => void canvasActions.selectNode(id, { focus: true })}
                      lang="zh"
                    >
                      {graph.getNodeAttribute(id, "label")}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
