/**
 * Entity review: the shape of a decision (merge, split) as stored in the data directory's overrides file,
 * exported and imported, and the API's answers about them. Defined once here for ingest/, server/, cli/ and web/.
 */
import type { EntityLabel, KgNode } from "./index.js";

/** An entity as a decision names it: id and name at the time. */
export interface EntityRefAtTime {
  id: string;
  name: string;
}

/** Merge `source` into `target` (the target's id stays); optionally rename the result. */
export interface MergeOverride {
  id: number;
  op: "merge";
  /** ISO time of the decision. */
  at: string;
  label: EntityLabel;
  target: EntityRefAtTime;
  source: EntityRefAtTime & { aliases: string[] };
  /** The merged entity's name (default: the target's). */
  name: string | null;
}

/** Move the mentions of `entity` written as `alias` (and the evidence of those sentences) to a new entity `into`. */
export interface SplitOverride {
  id: number;
  op: "split";
  at: string;
  label: EntityLabel;
  entity: EntityRefAtTime;
  alias: string;
  into: EntityRefAtTime;
}

export type Override = MergeOverride | SplitOverride;

/** The overrides file, as `kg review export` writes it and `GET /api/review/export` sends it. */
export interface OverridesFile {
  version: 1;
  overrides: Override[];
}

/** `POST /api/review/merge` and `/split`: the decision and the entities as stored afterwards. */
export interface ReviewResponse {
  override: Override;
  entities: KgNode[];
}

/** `POST /api/review/undo`. */
export interface UndoResponse {
  override: Override;
  documents: number;
  entities: KgNode[];
}

/** Why two entities may be one. */
export type CandidateReason = "same-name" | "name-is-alias" | "short-form-in-province" | "shared-alias";

/** `GET /api/review/candidates?id=…`: entities of the same kind that may be the same one. */
export interface MergeCandidate {
  id: string;
  name: string;
  aliases: string[];
  reason: CandidateReason;
  /** The names or aliases they share (normalized). */
  shared: string[];
  /** The province both are located in, for short-form-in-province. */
  province: string | null;
}

export interface CandidatesResponse {
  id: string;
  candidates: MergeCandidate[];
}
