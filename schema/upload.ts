/**
 * Shapes of article uploads (`POST /api/ingest`) and of the graph's change
 * events (`GET /api/events`), defined once: server/ and cli/ build and read
 * them, web/ consumes them.
 */

/** One uploaded article file: its name (the document id comes from it) and its bytes, base64 or text. */
export interface UploadFile {
  name: string;
  content: string;
  /** How `content` is written (default base64). */
  encoding?: "base64" | "text";
}

/** The body of `POST /api/ingest`. */
export interface UploadRequest {
  files: UploadFile[];
  /** Re-process articles whose text is unchanged. */
  force?: boolean;
}

/** What became of one uploaded file. */
export interface UploadFileResult {
  name: string;
  /** loaded (new or changed), unchanged (same text already stored), duplicate (same text as another document), rejected. */
  status: "loaded" | "unchanged" | "duplicate" | "rejected";
  /** Why it was rejected, or which document it duplicates. */
  reason?: string;
}

/** Ids and count of what an ingest added (ids capped at MAX_EVENT_IDS; count is the full number). */
export interface NewItems {
  count: number;
  ids: string[];
}

export const MAX_EVENT_IDS = 1_000;

/** The answer of `POST /api/ingest` (as JSON, or as the last line of the NDJSON stream, with `type: "result"`). */
export interface UploadReport {
  files: UploadFileResult[];
  loaded: number;
  unchanged: number;
  rejected: number;
  entities: NewItems;
  relationships: NewItems;
  /** The store's counts after the ingest. */
  nodes: number;
  edges: number;
  seconds: number;
}

/** A line of the NDJSON stream of `POST /api/ingest` (`Accept: application/x-ndjson`). */
export type UploadStreamLine =
  | { type: "progress"; done: number; total: number; name: string }
  | ({ type: "result" } & UploadReport)
  | { type: "error"; error: string };

/** The `ingest` event of `GET /api/events`: new entities and new relationships among entities. */
export interface IngestEvent {
  documents: number;
  entities: NewItems;
  relationships: NewItems;
}
