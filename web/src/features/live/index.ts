/**
 * Live updates: the explorer listens to the server's change stream
 * (GET /api/events) and keeps what new ingests added as a notice, "12 new
 * entities, 30 new relationships — show them". Showing them adds those
 * entities and their relationships to the current canvas (positions and
 * pinned nodes kept), without a reload.
 */
import { atom } from "../../core/atom.js";
import { api } from "../../api/client.js";
import { onIngestEvents, type IngestEvent } from "../../api/upload.js";
import type { GraphBatch } from "../../core/schema.js";
import { canvasActions, graphAtom } from "../graph-canvas/index.js";

export interface LiveNotice {
  /** New entities (ids kept up to the cap; count is the full number). */
  entities: string[];
  entityCount: number;
  relationshipCount: number;
  documents: number;
}

export const liveAtom = atom<{ notice: LiveNotice | null; adding: boolean; error: string | null }>({
  notice: null,
  adding: false,
  error: null,
});

/** How many ids one request for nodes may carry (the API's cap). */
const MAX_IDS = 1_000;

/** Producer: a notice with one more ingest's additions. */
export const withIngest =
  (e: IngestEvent) =>
  (n: LiveNotice | null): LiveNotice => ({
    entities: [...new Set([...(n?.entities ?? []), ...e.entities.ids])],
    entityCount: (n?.entityCount ?? 0) + e.entities.count,
    relationshipCount: (n?.relationshipCount ?? 0) + e.relationships.count,
    documents: (n?.documents ?? 0) + e.documents,
  });

/** The notice's text: "12 new entities, 30 new relationships". */
export function noticeText(n: LiveNotice): string {
  const plural = (k: number, one: string, many: string) => `${k} new ${k === 1 ? one : many}`;
  return `${plural(n.entityCount, "entity", "entities")}, ${plural(n.relationshipCount, "relationship", "relationships")}`;
}

/**
 * The canvas touchpoint: add a batch to what is drawn (existing nodes keep their place and pins). Kept to this one
 * function so that the canvas state's own changes stay out of this feature.
 */
function addToCanvas(batch: GraphBatch): void {
  canvasActions.add(batch, { record: "new from ingest" });
}

export const liveActions = {
  /** Listen to the server's events; returns the function that stops (for an effect's cleanup). */
  listen(): () => void {
    return onIngestEvents((e) => {
      if (!e.entities.count && !e.relationships.count) return;
      liveAtom.set((s) => ({ ...s, notice: withIngest(e)(s.notice), error: null }));
    });
  },

  dismiss: () => liveAtom.set((s) => ({ ...s, notice: null, error: null })),

  /** Add the new entities, with their relationships among themselves and to what is on the canvas. */
  async show() {
    const notice = liveAtom.get().notice;
    if (!notice) return;
    liveAtom.set((s) => ({ ...s, adding: true }));
    try {
      const fresh = notice.entities.slice(0, MAX_IDS);
      const onCanvas = graphAtom
        .get()
        .nodes()
        .filter((id) => !fresh.includes(id));
      const batch = await api.nodes([...fresh, ...onCanvas.slice(0, MAX_IDS - fresh.length)]);
      addToCanvas(batch);
      liveAtom.set({ notice: null, adding: false, error: null });
    } catch (err) {
      liveAtom.set((s) => ({ ...s, adding: false, error: (err as Error).message }));
    }
  },
};
