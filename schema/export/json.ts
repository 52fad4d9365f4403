/** graphology's serialized JSON (the project's canonical interchange format). */
import { toSerializedGraph, type GraphBatch } from "../index.js";

export function writeJson(batch: GraphBatch, attributes: Record<string, unknown> = {}): string {
  return JSON.stringify(toSerializedGraph(batch, attributes), null, 2);
}
