/**
 * The overview's "N more" control (the canvas opens with the top entities by degree, not all of them),
 * the reload with the filters panel's kinds, province and dates, and — before drawing more than the
 * browser can take — a warning with the counts by kind and province instead.
 */
import { useAtom } from "../../core/atom.js";
import { filtersAtom, isFiltered } from "../filters/index.js";
import { MAX_DRAW, OVERVIEW_STEP, canvasActions, graphAtom, overviewAtom, sourceAtom } from "./index.js";

const fmt = (n: number) => n.toLocaleString("en");

export function OverviewMore() {
  const graph = useAtom(graphAtom);
  const o = useAtom(overviewAtom);
  const source = useAtom(sourceAtom);
  const filters = useAtom(filtersAtom);
  if (!o || source.source.type !== "overview") return null;
  const left = Math.max(0, o.total - graph.order);
  return (
    <span className="overview-more" data-testid="overview-more" data-total={o.total} data-left={left}>
      top {fmt(Math.min(o.limit, o.total))} of {fmt(o.total)} by degree
      {left > 0 && (
        <button
          type="button"
          className="link"
          data-testid="overview-more-button"
          title="Draw the next entities by degree"
          onClick={() => void canvasActions.moreOverview()}
        >
          {fmt(Math.min(OVERVIEW_STEP, left))} more ({fmt(left)} left)
        </button>
      )}
      {isFiltered(filters) && (
        <button
          type="button"
          className="link"
          data-testid="overview-filtered"
          title="Ask the server for the top entities among those the filters keep (kinds, province, dates)"
          onClick={() => void canvasActions.loadOverview({ filtered: true })}
        >
          top {fmt(OVERVIEW_STEP)} matching the filters
        </button>
      )}
      {o.aggregate && (
        <span className="overview-aggregate" role="alert" data-testid="overview-aggregate">
          Drawing more than {fmt(MAX_DRAW)} nodes would freeze the page. Entities by kind:{" "}
          {o.aggregate.kinds.map((k) => `${k.kind} ${fmt(k.count)}`).join(" · ")}. Most connected provinces:{" "}
          {o.aggregate.provinces
            .slice(0, 8)
            .map((p) => `${p.name} ${fmt(p.count)}`)
            .join(" · ")}
          .{" "}
          <button type="button" className="link" onClick={() => void canvasActions.moreOverview(true)}>
            draw anyway
          </button>{" "}
          <button type="button" className="link" onClick={() => overviewAtom.set({ ...o, aggregate: null })}>
            close
          </button>
        </span>
      )}
    </span>
  );
}
