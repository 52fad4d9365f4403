/**
 * Minimal state atoms (Gephi Lite style): a value, pure producers, and a React
 * hook over useSyncExternalStore. Features keep their state in atoms in their
 * own `index.ts` and expose a public actions object.
 *
 * @example
 *   const count = atom(0);
 *   count.set((n) => n + 1);
 *   const n = useAtom(count);
 */
import { useSyncExternalStore } from "react";

export interface Atom<T> {
  get(): T;
  set(next: T | ((prev: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

/** A producer turns a state into the next one: `(args) => (state) => state'`. */
export type Producer<S, A extends unknown[] = []> = (...args: A) => (state: S) => S;

export function atom<T>(initial: T): Atom<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      const v = typeof next === "function" ? (next as (p: T) => T)(value) : next;
      if (Object.is(v, value)) return;
      value = v;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useAtom<T>(a: Atom<T>): T {
  return useSyncExternalStore(a.subscribe, a.get, a.get);
}
