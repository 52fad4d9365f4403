/** The shared graph schema (schema/index.ts), re-exported once so web code imports it from one place. */
export * from "../../../schema/index.js";
