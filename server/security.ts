/**
 * Requests only from the app itself, and the security headers of every
 * response. `kg serve` listens on the user's machine, so any web page the user
 * visits could try to use it: a foreign `Host` (DNS rebinding), a cross-site
 * form or fetch (text/plain POSTs need no preflight), a link that runs a
 * query. These checks refuse each with a 4xx before any route runs.
 */
import type { IncomingHttpHeaders } from "node:http";

/** Names that always reach this machine. */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"] as const;

/**
 * Content-Security-Policy of the app: its own scripts only (no inline script,
 * no eval); ForceAtlas2's worker is started from a blob: URL; React style
 * props and CodeMirror's style elements are inline styles; the favicon is a
 * data: URL and PNG export draws blob: images; every request goes to this
 * server; nobody may frame it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Sent with every response, the app's files and the API's answers alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

/** A request refused at the edge: its status and a sigma-style message. */
export class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The extra names a deployment is reached by (KG_ALLOWED_HOSTS, comma-separated;
 * `name` for any port, `name:port` for one).
 * @example allowedHostsFromEnv({ KG_ALLOWED_HOSTS: "kg.example.org, 10.0.0.5:8080" }) // ["kg.example.org", "10.0.0.5:8080"]
 */
export function allowedHostsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.KG_ALLOWED_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

/** `name` and `port` of a Host header value (`[::1]:5173`, `localhost`). */
function splitHost(host: string): { name: string; port: string | null } {
  const m = host.toLowerCase().match(/^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/);
  return m ? { name: m[1], port: m[2] ?? null } : { name: host.toLowerCase(), port: null };
}

export interface HostPolicy {
  /** The port this server answers on (the socket's local port), for messages. */
  port: number;
  /** The address it is bound to, when that is a specific one (not 0.0.0.0 or ::). */
  boundHost?: string;
  /** Extra names, from KG_ALLOWED_HOSTS. */
  allowedHosts: readonly string[];
}

/** Names the server answers to, for messages. */
export function hostNames(policy: HostPolicy): string[] {
  const own = [...LOOPBACK_HOSTS, ...(policy.boundHost ? [policy.boundHost] : [])].map((h) => `${h}:${policy.port}`);
  return [...new Set([...own, ...policy.allowedHosts])];
}

/**
 * Refuse a Host this server is not: a loopback name or the bound address,
 * or a configured name. DNS rebinding needs a name the attacker controls, so
 * the name is what is checked; the port of a loopback name may differ from
 * the socket's behind a port mapping (Docker `-p 8080:5173`) or the dev
 * server's proxy, and a configured `name:port` pins one.
 */
export function checkHost(host: string | undefined, policy: HostPolicy): void {
  const expecting = `Expecting ${hostNames(policy).join(", ")} (add names to KG_ALLOWED_HOSTS).`;
  if (!host) throw new Refused(400, `host: missing \`Host\` header. ${expecting}`);
  const { name, port } = splitHost(host);
  const bound = policy.boundHost ? splitHost(policy.boundHost).name : null;
  if ((LOOPBACK_HOSTS as readonly string[]).includes(name) || name === bound) return;
  if (policy.allowedHosts.some((a) => a === name || (port !== null && a === `${name}:${port}`))) return;
  throw new Refused(421, `host: \`${host}\` is not an address of this server. ${expecting}`);
}

/**
 * API requests from another site are refused (browsers say where a request
 * comes from in Sec-Fetch-Site): the explorer's own requests are
 * same-origin, and a URL typed by the user is `none`.
 */
export function checkFetchSite(headers: IncomingHttpHeaders, route: string): void {
  const site = headers["sec-fetch-site"];
  if (site && site !== "same-origin" && site !== "none")
    throw new Refused(403, `${route}: requests from other sites are refused (Sec-Fetch-Site: ${site}).`);
}

/**
 * A POST must be JSON (a cross-site form or a text/plain fetch cannot send
 * that without a preflight, which this server never grants) and, when the
 * browser names its origin, come from this server's own.
 */
export function checkPost(headers: IncomingHttpHeaders, route: string): void {
  const type = (headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json")
    throw new Refused(415, `${route}: invalid content type \`${type || "(none)"}\`. Expecting application/json.`);
  const origin = headers.origin;
  if (origin === undefined) return;
  const host = String(headers.host ?? "").toLowerCase();
  if (origin.toLowerCase() !== `http://${host}` && origin.toLowerCase() !== `https://${host}`)
    throw new Refused(
      403,
      `${route}: requests from \`${origin}\` are refused. Expecting the explorer's own origin (http://${host}).`,
    );
}
