/**
 * An in-memory structure derived from a store (the search index, the text index): built on first use, kept
 * per store handle, and rebuilt when the store's fingerprint statement answers differently. Shared by
 * server/search-index.ts and server/text-index.ts.
 */
import type { GraphStore } from "../store/types.js";

/** How long (ms) a fingerprint check stays good, by whether the handle can change while open. */
export interface CheckInterval {
  readWrite: number;
  readOnly: number;
}

/** The fingerprint statements answer `{count, length}`: a cheap aggregate that changes with the data. */
export const fingerprintOf = (r: Record<string, unknown> | undefined): string =>
  `${Number(r?.count ?? 0)}:${Number(r?.length ?? 0)}`;

interface Cached<T> {
  value: Promise<T>;
  checkedAt: number;
  checking: Promise<void> | null;
}

/**
 * The getter of a structure derived from each store: `load` builds it (recording the fingerprint it was built
 * at), `fingerprint` names the statement whose answer identifies the data. A store that can change is checked
 * as often as `interval.readWrite` allows, a read-only one as `interval.readOnly`; concurrent callers share one
 * check in flight, and a failed build is forgotten so the next call tries again.
 * @example const searchIndex = derivedFromStore({ load, fingerprint: "search-fingerprint", interval })
 */
export function derivedFromStore<T extends { fingerprint: string }>(options: {
  load: (store: GraphStore) => Promise<T>;
  fingerprint: string;
  interval: CheckInterval;
}): (store: GraphStore, now?: number) => Promise<T> {
  const cache = new WeakMap<GraphStore, Cached<T>>();
  return async (store, now = Date.now()) => {
    const c = cache.get(store);
    if (!c) {
      const fresh: Cached<T> = { value: options.load(store), checkedAt: now, checking: null };
      cache.set(store, fresh);
      fresh.value.catch(() => cache.delete(store));
      return fresh.value;
    }
    const maxAge = (store as { readOnly?: boolean }).readOnly ? options.interval.readOnly : options.interval.readWrite;
    if (now - c.checkedAt >= maxAge && !c.checking) {
      c.checkedAt = now;
      c.checking = (async () => {
        const [fp] = await store.run(options.fingerprint);
        const current = await c.value;
        if (fingerprintOf(fp) !== current.fingerprint) c.value = options.load(store);
        await c.value;
      })().finally(() => {
        c.checking = null;
      });
    }
    if (c.checking) await c.checking;
    return c.value;
  };
}
