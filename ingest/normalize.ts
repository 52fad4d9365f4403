/**
 * normalize (ingest stage): an article body → Simplified text for matching, with an offset map back
 * to the original characters. The rules themselves live in schema/text.ts, shared with queries.
 */
export { normalize, isPinyin, toSimplified, normalizeName } from "../schema/text.js";
