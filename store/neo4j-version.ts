/**
 * The Neo4j versions this project supports, and the check made once at connect.
 * Supported: every 5.x from 5.3 to the 5.26 LTS (the image docker-compose.yml pins).
 * Older servers are refused (the statements use 5.x syntax and procedures);
 * newer ones (5.27+ or calendar versions 2025.x and later) are accepted with a warning:
 * they still default to Cypher 5, but nobody has run the suites on them.
 */

export const SUPPORTED_NEO4J = { from: [5, 3], to: [5, 26] } as const;
export const SUPPORTED_NEO4J_TEXT = "Neo4j 5.3 to 5.26 (LTS)";

export interface ServerInfo {
  name: string;
  version: string;
  edition: string;
}

export interface VersionVerdict {
  /** "supported", "newer" (accepted with a warning) or "older" (refused). */
  status: "supported" | "newer" | "older";
  message: string | null;
}

/**
 * Judge a server version string from `dbms.components()`.
 * @example checkNeo4jVersion("5.3.0").status === "supported"
 * @example checkNeo4jVersion("4.4.30").status === "older"
 */
export function checkNeo4jVersion(version: string): VersionVerdict {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) {
    return {
      status: "newer",
      message: `Neo4j version \`${version}\` could not be read; supported: ${SUPPORTED_NEO4J_TEXT}.`,
    };
  }
  const v = [Number(m[1]), Number(m[2])];
  const cmp = (a: readonly number[], b: readonly number[]) => a[0] - b[0] || a[1] - b[1];
  if (cmp(v, SUPPORTED_NEO4J.from) < 0) {
    return {
      status: "older",
      message: `Neo4j ${version} is older than the supported range (${SUPPORTED_NEO4J_TEXT}): the store's statements need 5.3 or later. Upgrade the server (docker-compose.yml pins a supported image).`,
    };
  }
  if (cmp(v, SUPPORTED_NEO4J.to) > 0) {
    return {
      status: "newer",
      message: `Neo4j ${version} is newer than the tested range (${SUPPORTED_NEO4J_TEXT}): it should work (Cypher 5 stays its default) but is untested; run the suites with NEO4J_URI against it before relying on it.`,
    };
  }
  return { status: "supported", message: null };
}
