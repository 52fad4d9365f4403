/**
 * When every edge of the canvas carries its relationship caption: pure, no sigma
 * (settings.ts binds it to the graph-size thresholds). Hovered, selected and
 * focused edges show theirs anyway.
 */

/** Up to this many nodes every edge carries its relationship caption… */
export const CAPTION_NODES = 40;
/** …and on bigger graphs once zoomed in to this camera ratio (not on medium or big graphs: too many labels). */
export const CAPTION_RATIO = 0.5;

/**
 * @param medium the graph is past the medium-size thresholds (settings.ts isMedium)
 * @example edgeCaptions(12, 1, false) // true: a small graph
 */
export function edgeCaptions(order: number, ratio: number, medium: boolean): boolean {
  if (medium) return false;
  return order <= CAPTION_NODES || ratio <= CAPTION_RATIO;
}
