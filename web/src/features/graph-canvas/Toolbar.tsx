/** Canvas controls: layout start/stop, fit, zoom, size and colour modes, undo/redo. */
import { useAtom } from "../../core/atom.js";
import { layoutRunningAtom } from "../layout/index.js";
import {
  canvasActions,
  colorModeAtom,
  historyAtom,
  labelDensityAtom,
  sigmaAtom,
  sizeModeAtom,
  type ColorMode,
  type LabelDensity,
  type SizeMode,
} from "./index.js";

export function CanvasToolbar() {
  const running = useAtom(layoutRunningAtom);
  const size = useAtom(sizeModeAtom);
  const color = useAtom(colorModeAtom);
  const labels = useAtom(labelDensityAtom);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <button
        type="button"
        data-testid="layout-toggle"
        className={running ? "active" : ""}
        onClick={() => canvasActions.toggleLayout()}
        title="Run or stop ForceAtlas2 (in a worker)"
      >
        {running ? "■ Stop layout" : "▶ Layout"}
      </button>
      <span className="sep" />
      <button
        type="button"
        onClick={() => void sigmaAtom.get()?.getCamera().zoomIn()}
        title="Zoom in"
        aria-label="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => void sigmaAtom.get()?.getCamera().zoomOut()}
        title="Zoom out"
        aria-label="Zoom out"
      >
        −
      </button>
      <button type="button" data-testid="fit-button" onClick={() => canvasActions.fit()} title="Fit to view (f)">
        ⤢
      </button>
      <span className="sep" />
      <button
        type="button"
        data-testid="reload-overview"
        onClick={() => void canvasActions.loadOverview()}
        title="Back to the overview of every entity"
      >
        Overview
      </button>
      <button
        type="button"
        data-testid="clear-canvas"
        onClick={() => canvasActions.clear()}
        title="Empty the canvas, then search and expand from one node (undoable)"
      >
        Clear
      </button>
      <span className="sep" />
      <select
        data-testid="size-mode"
        title="Node size"
        aria-label="Node size"
        value={size}
        onChange={(e) => canvasActions.setSizeMode(e.target.value as SizeMode)}
      >
        <option value="degree">size: degree</option>
        <option value="pagerank">size: PageRank</option>
        <option value="uniform">size: uniform</option>
      </select>
      <select
        data-testid="color-mode"
        title="Node colour"
        aria-label="Node colour"
        value={color}
        onChange={(e) => canvasActions.setColorMode(e.target.value as ColorMode)}
      >
        <option value="kind">colour: kind</option>
        <option value="community">colour: community</option>
      </select>
      <select
        data-testid="label-density"
        title="How many labels to draw"
        aria-label="Labels"
        value={labels}
        onChange={(e) => labelDensityAtom.set(e.target.value as LabelDensity)}
      >
        <option value="few">labels: few</option>
        <option value="normal">labels: some</option>
        <option value="many">labels: all</option>
      </select>
    </div>
  );
}

/** Undo / redo of canvas steps (top bar). */
export function UndoRedo() {
  const history = useAtom(historyAtom);
  return (
    <div className="undo-redo">
      <button
        type="button"
        data-testid="undo"
        disabled={!history.past.length}
        onClick={() => canvasActions.undo()}
        title={history.past.length ? `Undo ${history.past[history.past.length - 1].label} (Ctrl+Z)` : "Undo"}
      >
        ↶
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={!history.future.length}
        onClick={() => canvasActions.redo()}
        title="Redo (Ctrl+Shift+Z)"
      >
        ↷
      </button>
    </div>
  );
}
