/** The session file schema (schema/session.ts), re-exported once so web code imports it from one place. */
export * from "../../../schema/session.js";
