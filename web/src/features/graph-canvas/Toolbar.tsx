/** Canvas controls: layout start/stop, fit, zoom, size and colour modes, undo/redo. */
import { useAtom } from "../../core/atom.js";
import { layoutActions, layoutRunningAtom } from "../layout/index.js";
import { canvasActions, colorModeAtom, graph, historyAtom, sigmaAtom, sizeModeAtom, type ColorMode, type SizeMode } from "./index.js";

export function CanvasToolbar() {
  const running = useAtom(layoutRunningAtom);
  const size = useAtom(sizeModeAtom);
  const color = useAtom(colorModeAtom);
  const history = useAtom(historyAtom);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <button type="button" data-testid="layout-toggle" className={running ? "active" : ""} onClick={() => layoutActions.toggle(graph)} title="Run or stop ForceAtlas2 (in a worker)">
        {running ? "■ Stop layout" : "▶ Layout"}
      </button>
      <span className="sep" />
      <button type="button" onClick={() => void sigmaAtom.get()?.getCamera().zoomIn()} title="Zoom in" aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => void sigmaAtom.get()?.getCamera().zoomOut()} title="Zoom out" aria-label="Zoom out">
        −
      </button>
      <button type="button" data-testid="fit-button" onClick={() => canvasActions.fit()} title="Fit to view (f)">
        ⤢
      </button>
      <span className="sep" />
      <button type="button" data-testid="reload-overview" onClick={() => void canvasActions.loadOverview()} title="Back to the overview of every entity">
        Overview
      </button>
      <button type="button" data-testid="clear-canvas" onClick={() => canvasActions.clear()} title="Empty the canvas, then search and expand from one node (undoable)">
        Clear
      </button>
      <span className="sep" />
      <label className="select">
        <span>Size</span>
        <select data-testid="size-mode" value={size} onChange={(e) => canvasActions.setSizeMode(e.target.value as SizeMode)}>
          <option value="degree">degree</option>
          <option value="pagerank">PageRank</option>
          <option value="uniform">uniform</option>
        </select>
      </label>
      <label className="select">
        <span>Colour</span>
        <select data-testid="color-mode" value={color} onChange={(e) => canvasActions.setColorMode(e.target.value as ColorMode)}>
          <option value="kind">kind</option>
          <option value="community">community</option>
        </select>
      </label>
      <span className="sep" />
      <button type="button" data-testid="undo" disabled={!history.past.length} onClick={() => canvasActions.undo()} title={history.past.length ? `Undo ${history.past[history.past.length - 1].label} (Ctrl+Z)` : "Undo"}>
        ↶
      </button>
      <button type="button" data-testid="redo" disabled={!history.future.length} onClick={() => canvasActions.redo()} title="Redo (Ctrl+Shift+Z)">
        ↷
      </button>
    </div>
  );
}
