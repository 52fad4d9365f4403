/**
 * Pure camera arithmetic: the camera state that frames a set of points given in
 * sigma's framed-graph coordinates, with a margin for node discs and labels.
 */

export interface FramedPoint {
  x: number;
  y: number;
  /** Rendered radius in pixels (at ratio 1). */
  size: number;
}
export interface Box {
  width: number;
  height: number;
}
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** Margin in pixels kept free around the framed nodes (node discs and the start of their labels). */
export const FIT_MARGIN = 48;
/** The closest a fit zooms in (one node, or nodes on top of each other). */
export const MIN_FIT_RATIO = 0.08;

/**
 * Camera state framing `points`: centred on their bounding box, with the ratio at which the
 * box (measured in viewport pixels at ratio 1 by `toViewport`) fits `box` minus the margin.
 *
 * @example
 *   cameraFor([{x: 0.2, y: 0.2, size: 6}, {x: 0.4, y: 0.3, size: 6}], {width: 800, height: 600}, sigmaToViewport)
 */
export function cameraFor(
  points: FramedPoint[],
  box: Box,
  toViewport: (p: { x: number; y: number }, state: CameraState) => { x: number; y: number },
  angle = 0,
): CameraState {
  if (!points.length) return { x: 0.5, y: 0.5, ratio: 1, angle };
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  const centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  const unit: CameraState = { ...centre, ratio: 1, angle };
  const a = toViewport({ x: x0, y: y0 }, unit);
  const b = toViewport({ x: x1, y: y1 }, unit);
  const maxSize = Math.max(...points.map((p) => p.size), 0);
  const pad = FIT_MARGIN + maxSize;
  const spanX = Math.abs(b.x - a.x);
  const spanY = Math.abs(b.y - a.y);
  const roomX = Math.max(box.width - 2 * pad, box.width * 0.3);
  const roomY = Math.max(box.height - 2 * pad, box.height * 0.3);
  const ratio = Math.max(spanX / roomX, spanY / roomY, MIN_FIT_RATIO);
  return { ...centre, ratio, angle };
}
