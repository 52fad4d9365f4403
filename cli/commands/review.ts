/**
 * `kg review`: entity review decisions from the command line.
 *
 *   kg review merge <a> <b> [--name N]   merge entity b into a (ids or names, as `export --around` takes them)
 *   kg review split <a> --alias X        move the alias X, with the mentions written that way, to a new entity
 *   kg review list                       the decisions, oldest first
 *   kg review undo <n>                   undo decision n (its entities are re-derived from their articles)
 *   kg review export FILE                write the decisions to FILE
 *   kg review import FILE                add the decisions in FILE (those not recorded yet) and apply them
 *
 * Works whether or not `kg serve` runs: with a server for the same data directory (its lock file) it goes through
 * the server's API, which owns the store; otherwise it opens the store itself.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { GraphStore } from "../../store/index.js";
import { resolveNode } from "../../server/graph.js";
import type { StoreHost } from "../../server/store-host.js";
import type { ReviewService } from "../../server/review.js";
import type { Override, OverridesFile, ReviewResponse, UndoResponse } from "../../schema/review.js";
import { dataDirOf, parseOverrides } from "../../ingest/overrides.js";
import {
  reviewExport,
  reviewImport,
  reviewList,
  reviewMerge,
  reviewSplit,
  reviewUndo,
  type ReviewContext,
} from "../../ingest/overrides-apply.js";
import { config, withStore, type Args } from "../shared.js";
import { callServer, runningServer, servedBy } from "../remote.js";
import { removeLock, writeLock, type StoreLock } from "../server-lock.js";

export const REVIEW_USAGE = `  review merge <a> <b> [--name N] merge entity b into entity a (ids or names); N renames the result
  review split <a> --alias X      move alias X of entity a, with the mentions written that way, to a new entity
  review list                     the review decisions, oldest first
  review undo <n>                 undo decision n: both entities are re-derived from their articles
  review export FILE | import FILE
                                  write the decisions to a file / add and apply a file's decisions`;

/**
 * The service the server and the CLI use to carry out decisions on an open, writable store.
 * @example startServer(store, port, host, { review: reviewService(store) })
 */
export function reviewService(store: GraphStore, dataDir = dataDirOf(store)): ReviewService {
  const ctx: ReviewContext = { store, dataDir, find: (x) => resolveNode(store, x) };
  return {
    list: async () => reviewList(ctx),
    merge: (a, b, name) => reviewMerge(ctx, a, b, name),
    split: (a, alias) => reviewSplit(ctx, a, alias),
    undo: async (n) => {
      const r = await reviewUndo(ctx, n);
      return { override: r.override, documents: r.documents, entities: r.entities };
    },
    exportFile: async () => reviewExport(ctx),
    importFile: (content) => reviewImport(ctx, parseOverrides(content, "import")),
  };
}

/**
 * The service for `kg serve`: each decision takes the server's store for writing (server/store-host.ts: reads
 * already running finish, new ones wait, the read-only handle is swapped for a writer and back).
 */
export function hostedReviewService(host: StoreHost, dataDir: string): ReviewService {
  const on = <T>(fn: (s: ReviewService) => Promise<T>) => host.write((store) => fn(reviewService(store, dataDir)));
  const read = <T>(fn: (s: ReviewService) => Promise<T>) => host.read((store) => fn(reviewService(store, dataDir)));
  return {
    list: () => read((s) => s.list()),
    exportFile: () => read((s) => s.exportFile()),
    merge: (a, b, name) => on((s) => s.merge(a, b, name)),
    split: (a, alias) => on((s) => s.split(a, alias)),
    undo: (n) => on((s) => s.undo(n)),
    importFile: (content) => on((s) => s.importFile(content)),
  };
}

/** The same service over a running server's API (cli/remote.ts: its lock file, KG_WRITE_TOKEN for writes). */
export function reviewClient(lock: StoreLock): ReviewService {
  const call = async (path: string, body?: unknown) => (await callServer(lock, path, { body })).json();
  return {
    list: async () => ((await call("/api/review")) as { overrides: Override[] }).overrides,
    merge: async (a, b, name) => (await call("/api/review/merge", { a, b, name })) as ReviewResponse,
    split: async (a, alias) => (await call("/api/review/split", { a, alias })) as ReviewResponse,
    undo: async (n) => (await call("/api/review/undo", { n })) as UndoResponse,
    exportFile: async () => (await call("/api/review/export")) as OverridesFile,
    importFile: async (content) =>
      (await call("/api/review/import", content)) as { added: Override[]; skipped: Override[] },
  };
}

const describe = (o: Override): string =>
  o.op === "merge"
    ? `merge ${o.source.name} (${o.source.id}) into ${o.target.name} (${o.target.id})${o.name ? ` as ${o.name}` : ""}`
    : `split alias ${o.alias} of ${o.entity.name} (${o.entity.id}) into ${o.into.id}`;

const line = (o: Override) => `#${o.id}  ${o.at.slice(0, 19).replace("T", " ")}  ${describe(o)}`;

function need(args: Args, i: number, what: string): string {
  const v = args.positional[i];
  if (!v) throw new Error(`kg review ${args.positional[0]}: missing ${what}.\n${REVIEW_USAGE}`);
  return v;
}

/** `kg review …`; returns the exit code. */
export async function cmdReview(args: Args): Promise<number> {
  const sub = args.positional[0];
  const server = runningServer(args);
  if (server) return run(args, sub, reviewClient(server), servedBy(server));
  const dataDir = config(args).dataDir;
  return withStore(args, async (store) => {
    // while it writes, the lock file tells other commands (and `kg serve`) who holds the store
    if (store.kind === "embedded") writeLock(dataDir, { command: "kg review", store: store.kind });
    try {
      return await run(args, sub, reviewService(store, dataDir), `in ${store.kind} store`);
    } finally {
      if (store.kind === "embedded") removeLock(dataDir);
    }
  });
}

async function run(args: Args, sub: string | undefined, service: ReviewService, where: string): Promise<number> {
  const list = () => service.list();
  switch (sub) {
    case "merge": {
      const a = need(args, 1, "<a> (the entity that stays)");
      const b = need(args, 2, "<b> (the entity merged into it)");
      const name = typeof args.flags.name === "string" ? args.flags.name : null;
      const r = await service.merge(a, b, name);
      const e = r.entities[0];
      console.log(`${line(r.override)}`);
      if (e)
        console.log(
          `  ${e.id}: ${String(e.properties.name)}; aliases: ${((e.properties.aliases as string[]) ?? []).join(", ")}`,
        );
      console.log(`reviewed: merged 2 entities into ${e?.id ?? r.override.op} ${where} (decision #${r.override.id})`);
      return 0;
    }
    case "split": {
      const a = need(args, 1, "<a> (the entity to split)");
      if (typeof args.flags.alias !== "string") throw new Error(`kg review split: missing --alias X.\n${REVIEW_USAGE}`);
      const r = await service.split(a, args.flags.alias);
      console.log(line(r.override));
      for (const e of r.entities)
        console.log(
          `  ${e.id}: ${String(e.properties.name)}; aliases: ${((e.properties.aliases as string[]) ?? []).join(", ")}`,
        );
      console.log(
        `reviewed: split ${args.flags.alias} into ${r.override.op === "split" ? r.override.into.id : ""} ${where} (decision #${r.override.id})`,
      );
      return 0;
    }
    case "list": {
      const all = await list();
      for (const o of all) console.log(line(o));
      console.log(`${all.length} review decision${all.length === 1 ? "" : "s"}`);
      return 0;
    }
    case "undo": {
      const raw = need(args, 1, "<n> (the decision's number, see kg review list)");
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1)
        throw new Error(`kg review undo: invalid \`n\` ${raw}. Expecting a decision number (kg review list).`);
      const r = await service.undo(n);
      console.log(`undone: ${line(r.override)}`);
      for (const e of r.entities) console.log(`  ${e.id}: ${String(e.properties.name)}`);
      console.log(`reviewed: undid decision #${n}, ${r.documents} article(s) read again ${where}`);
      return 0;
    }
    case "export": {
      const file = need(args, 1, "FILE");
      const content: OverridesFile = { version: 1, overrides: await list() };
      writeFileSync(file, JSON.stringify(content, null, 2) + "\n");
      console.log(`exported ${content.overrides.length} review decision(s) to ${file}`);
      return 0;
    }
    case "import": {
      const file = need(args, 1, "FILE");
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, "utf8"));
      } catch (e) {
        throw new Error(`kg review import: ${file}: ${(e as Error).message}`, { cause: e });
      }
      const overrides = parseOverrides(parsed, file); // names the file and the bad decision
      const r = await service.importFile({ version: 1, overrides });
      for (const o of r.added) console.log(`added ${line(o)}`);
      console.log(
        `imported ${r.added.length} review decision(s) from ${file} ${where}, ${r.skipped.length} already recorded`,
      );
      return 0;
    }
    default:
      throw new Error(
        `kg review: ${sub ? `unknown subcommand \`${sub}\`` : "missing subcommand"}. Expecting merge, split, list, undo, export or import.\n${REVIEW_USAGE}`,
      );
  }
}
