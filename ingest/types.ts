/**
 * Typed inputs and outputs of the ingest stages:
 * read → normalize → extract → resolve → relate → (pipeline builds a GraphBatch) → load.
 * Every stage but load is a pure function.
 */
import type { EntityLabel, GraphBatch, PropValue, RelType } from "../schema/index.js";

/** A file as read: metadata and the body text (HTML reduced to paragraphs separated by "\n"). */
export interface RawDocument {
  id: string; // documentId(path)
  path: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date YYYY-MM-DD, from metadata, or inferred from the text (then dateInferred = true). */
  published: string | null;
  dateInferred: boolean;
  url: string | null;
  format: "html" | "text";
  /** The body in ORIGINAL characters (Traditional stays Traditional). All offsets point into this string. */
  body: string;
}

/** Normalized text for matching, with a map back to the original. */
export type { NormalizedText } from "../schema/text.js";

export interface SentenceSpan {
  id: string; // sentenceId(docId, index)
  docId: string;
  index: number;
  /** Offsets into RawDocument.body. */
  start: number;
  end: number;
  /** Original characters. */
  text: string;
}

/** One occurrence of an entity in a sentence. */
export interface Mention {
  label: EntityLabel;
  /** Original characters as written. */
  surface: string;
  /** Normalized (Simplified) form used for resolution. */
  normalized: string;
  /** Offsets into RawDocument.body. */
  start: number;
  end: number;
  sentenceId: string;
  /** Extra facts the extractor saw (e.g. level, kind, title, date, status, province code). */
  properties?: Record<string, PropValue>;
}

/** A canonical entity with a stable id. */
export interface Entity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  properties: Record<string, PropValue>;
}

/** A mention bound to the entity it resolved to. */
export interface ResolvedMention extends Mention {
  entityId: string;
}

/** A typed relationship supported by sentences. */
export interface Relation {
  type: Exclude<RelType, "MENTIONS" | "HAS_SENTENCE">;
  source: string;
  target: string;
  evidence: string[];
  date: string | null;
  properties?: Record<string, PropValue>;
}

/** Everything extracted from one document. */
export interface DocumentResult {
  document: RawDocument;
  sentences: SentenceSpan[];
  entities: Entity[];
  mentions: ResolvedMention[];
  relations: Relation[];
  warnings: string[];
  batch: GraphBatch;
}

/** A file that could not be ingested. */
export interface IngestError {
  path: string;
  message: string;
}

export interface EntityRef {
  label: EntityLabel;
  /** Canonical Simplified name (the id key). */
  name: string;
  aliases: string[];
  properties: Record<string, PropValue>;
}

/** A relationship implied by a mention itself (not by sentence-level verbs). */
export interface Link {
  type: Exclude<RelType, "MENTIONS" | "HAS_SENTENCE">;
  from: EntityRef;
  to: EntityRef;
  sentenceId: string;
  properties: Record<string, PropValue>;
}

export interface Extraction {
  mentions: Mention[];
  links: Link[];
  warnings: string[];
}
