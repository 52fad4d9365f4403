/**
 * Who may write (upload articles, and any other endpoint that changes the
 * graph). Reads stay open to whoever passes server/security.ts. Writes come
 * from this machine (a loopback client) without more; from anywhere else
 * (the server bound to a non-loopback HOST) they need the write token,
 * KG_WRITE_TOKEN, as `Authorization: Bearer <token>`. Without a token set,
 * writes from other machines are refused.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { Refused } from "./security.js";

/**
 * @example isLoopbackAddress("127.0.0.1") === true
 * @example isLoopbackAddress("::ffff:127.0.0.1") === true
 * @example isLoopbackAddress("192.0.2.2") === false
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^\[|\]$/g, "").replace(/^::ffff:/i, "");
  return a === "::1" || a === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(a);
}

export interface WritePolicy {
  /** The write token (KG_WRITE_TOKEN), or null when none is set. */
  token: string | null;
}

/** @example writePolicyFromEnv({ KG_WRITE_TOKEN: "s3cret" }).token === "s3cret" */
export function writePolicyFromEnv(env: NodeJS.ProcessEnv = process.env): WritePolicy {
  const token = env.KG_WRITE_TOKEN?.trim();
  return { token: token ? token : null };
}

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Refuse a write that comes from another machine without the write token. */
export function checkWrite(req: IncomingMessage, policy: WritePolicy, route: string): void {
  if (isLoopbackAddress(req.socket.remoteAddress)) return;
  if (!policy.token)
    throw new Refused(
      403,
      `${route}: writes are accepted only from this machine. Set KG_WRITE_TOKEN on the server to allow writes from other machines with \`Authorization: Bearer <token>\`.`,
    );
  const auth = String(req.headers.authorization ?? "");
  const m = auth.match(/^Bearer\s+(.+)$/i);
  if (!m || !sameSecret(m[1].trim(), policy.token))
    throw new Refused(
      401,
      `${route}: invalid or missing write token. Expecting \`Authorization: Bearer <KG_WRITE_TOKEN>\` for writes from other machines.`,
    );
}
