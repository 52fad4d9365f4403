/** Messages between the page and the first-layout worker (layout.worker.ts). */
export interface LayoutRequest {
  id: number;
  /** Seed positions, x and y per node. */
  xy: Float32Array;
  /** Edges as pairs of node indexes. */
  edges: Uint32Array;
  iterations: number;
}

export interface LayoutAnswer {
  id: number;
  xy: Float32Array;
}
