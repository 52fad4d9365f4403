/**
 * The store that `kg serve` holds, and the one door for writing to it. Kuzu
 * lets one process write a database or several read it, and the server reads
 * through a read-only handle (its user queries run in a child process on
 * another read-only handle). A write therefore takes the store for itself:
 * requests already reading finish, new ones wait (they are answered when the
 * write is done, never refused), the read-only handle is closed, a writer is
 * opened, the write runs, and a fresh read-only handle serves again. Writes
 * are serialized. A store that can be read while written (Neo4j, or a handle
 * opened for writing) is written in place, one write at a time, and reads
 * never wait.
 */
import type { GraphStore } from "../store/types.js";

export interface StoreHostOptions {
  /** Opens a handle that may write (for a store that must be swapped to write). */
  openWriter?: () => Promise<GraphStore>;
  /** Opens the read-only handle again after a write. */
  openReader?: () => Promise<GraphStore>;
}

const isReadOnly = (store: GraphStore): boolean => (store as { readOnly?: boolean }).readOnly === true;

export class StoreHost {
  private store: GraphStore;
  private readers = 0;
  /** Set while a write holds the store: reads wait for it. */
  private writing: Promise<void> | null = null;
  private drained: (() => void) | null = null;
  private writeTail: Promise<unknown> = Promise.resolve();

  constructor(
    store: GraphStore,
    private readonly options: StoreHostOptions = {},
  ) {
    this.store = store;
  }

  /** The handle reads use now (it changes after a write). */
  get current(): GraphStore {
    return this.store;
  }

  /** Whether a write must take the store for itself (a read-only handle that can be swapped for a writer). */
  private get swaps(): boolean {
    return isReadOnly(this.store) && !!this.options.openWriter && !!this.options.openReader;
  }

  /** Run a read on the current handle; waits while a write holds the store. */
  async read<T>(fn: (store: GraphStore) => Promise<T>): Promise<T> {
    while (this.writing) await this.writing;
    this.readers++;
    try {
      return await fn(this.store);
    } finally {
      this.readers--;
      if (this.readers === 0) this.drained?.();
    }
  }

  /** Run a write, one at a time, with a handle that may write. */
  write<T>(fn: (store: GraphStore) => Promise<T>): Promise<T> {
    const next = this.writeTail.then(
      () => this.exclusive(fn),
      () => this.exclusive(fn),
    );
    this.writeTail = next.catch(() => undefined);
    return next;
  }

  private async exclusive<T>(fn: (store: GraphStore) => Promise<T>): Promise<T> {
    if (!this.swaps) {
      if (isReadOnly(this.store))
        throw new Error("store: opened read-only and this server cannot open a writer; start `kg serve` again.");
      return fn(this.store);
    }
    let release!: () => void;
    this.writing = new Promise<void>((r) => (release = r));
    try {
      if (this.readers > 0) await new Promise<void>((r) => (this.drained = r));
      this.drained = null;
      await this.store.close();
      let writer: GraphStore | null = null;
      try {
        writer = await this.options.openWriter!();
        return await fn(writer);
      } finally {
        await writer?.close();
        this.store = await this.options.openReader!();
      }
    } finally {
      this.writing = null;
      release();
    }
  }

  async close(): Promise<void> {
    await this.writeTail;
    await this.store.close();
  }
}
