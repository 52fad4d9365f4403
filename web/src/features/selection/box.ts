/**
 * Box selection: shift+drag on the empty canvas draws a rectangle; the nodes drawn
 * inside it join the multi-selection (as in Gephi, Bloom and yEd). The camera does
 * not pan while the box is drawn.
 */
import type { KgSigma } from "../graph-canvas/index.js";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The ids of the points inside a box (corners in any order, viewport pixels). */
export function pointsInBox(points: Array<{ id: string; x: number; y: number }>, box: Box): string[] {
  const [left, right] = box.x0 < box.x1 ? [box.x0, box.x1] : [box.x1, box.x0];
  const [top, bottom] = box.y0 < box.y1 ? [box.y0, box.y1] : [box.y1, box.y0];
  return points.filter((p) => p.x >= left && p.x <= right && p.y >= top && p.y <= bottom).map((p) => p.id);
}

/** The nodes sigma draws (not hidden by filters or by hand), at their viewport positions. */
export function drawnNodes(sigma: KgSigma): Array<{ id: string; x: number; y: number }> {
  const out: Array<{ id: string; x: number; y: number }> = [];
  sigma.getGraph().forEachNode((id) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.visibility === "hidden") return;
    const v = sigma.framedGraphToViewport(d);
    out.push({ id, x: v.x, y: v.y });
  });
  return out;
}

/** A drag shorter than this (pixels) is a shift-click, not a box. */
const MIN_BOX = 4;

/**
 * Install box selection on a sigma: `onSelect` gets the ids inside each finished box.
 * Returns a function that uninstalls it.
 */
export function installBoxSelect(sigma: KgSigma, onSelect: (ids: string[]) => void): () => void {
  const container = sigma.getContainer();
  let box: Box | null = null;
  let rect: HTMLDivElement | null = null;

  const draw = () => {
    if (!box) return;
    if (!rect) {
      rect = document.createElement("div");
      rect.className = "box-select";
      rect.dataset.testid = "box-select";
      container.appendChild(rect);
    }
    rect.style.left = `${Math.min(box.x0, box.x1)}px`;
    rect.style.top = `${Math.min(box.y0, box.y1)}px`;
    rect.style.width = `${Math.abs(box.x1 - box.x0)}px`;
    rect.style.height = `${Math.abs(box.y1 - box.y0)}px`;
  };
  const finish = () => {
    window.removeEventListener("mouseup", finish);
    const b = box;
    box = null;
    rect?.remove();
    rect = null;
    if (!b || Math.max(Math.abs(b.x1 - b.x0), Math.abs(b.y1 - b.y0)) < MIN_BOX) return;
    const ids = pointsInBox(drawnNodes(sigma), b);
    if (ids.length) onSelect(ids);
  };
  const onDown = (e: { event: { x: number; y: number; original: MouseEvent | TouchEvent } }) => {
    if (!(e.event.original as MouseEvent).shiftKey) return;
    box = { x0: e.event.x, y0: e.event.y, x1: e.event.x, y1: e.event.y };
    window.addEventListener("mouseup", finish);
  };
  const onMove = (e: { event: { x: number; y: number }; preventSigmaDefault(): void }) => {
    if (!box) return;
    // no camera pan while the box is drawn
    e.preventSigmaDefault();
    box = { ...box, x1: e.event.x, y1: e.event.y };
    draw();
  };
  sigma.on("downStage", onDown);
  sigma.on("moveBody", onMove);
  return () => {
    sigma.off("downStage", onDown);
    sigma.off("moveBody", onMove);
    window.removeEventListener("mouseup", finish);
    rect?.remove();
  };
}
