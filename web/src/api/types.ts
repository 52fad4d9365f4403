/** The HTTP API's answer shapes, shared with server/ (schema/api.ts). */
export type * from "../../../schema/api.js";
export { withEdgeIds } from "../../../schema/api.js";
