/**
 * What the `kg` commands share: the parsed arguments, the store configuration,
 * opening a store for one command, timing and the progress bar.
 */
import cliProgress from "cli-progress";
import { openStore, storeConfig, type GraphStore, type StoreConfig } from "../store/index.js";
import { explainLockError } from "./server-lock.js";

export interface Args {
  command: string | undefined;
  positional: string[];
  flags: Record<string, string | boolean>;
}

/** One command: takes the parsed arguments, returns the exit code. */
export type Command = (args: Args) => Promise<number>;

export function config(args: Args): StoreConfig {
  const store = args.flags.store;
  return storeConfig(process.env, typeof store === "string" ? { kind: store as StoreConfig["kind"] } : undefined);
}

export const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

/** Readers (query, export, status) open the embedded store read-only with user queries isolated in a child process. */
export const READER = { readOnly: true, isolateQueries: true } as const;

export async function withStore<T>(
  args: Args,
  fn: (store: GraphStore) => Promise<T>,
  options: { readOnly?: boolean; isolateQueries?: boolean } = {},
): Promise<T> {
  const cfg = config(args);
  // a lock conflict names the process holding the store (its lock file) and what to do
  const store = await openStore(cfg, options).catch((e: unknown) => {
    throw explainLockError(e, cfg.dataDir);
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function progressBar(label: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} {file}`,
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
}
