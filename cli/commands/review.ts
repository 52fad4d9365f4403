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
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore, storeConfig, type GraphStore, type StoreConfig } from "../../store/index.js";
import { resolveNode } from "../../server/graph.js";
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

/** The parsed command line (cli/main.ts). */
export interface ReviewArgs {
  command: string | undefined;
  positional: string[];
  flags: Record<string, string | boolean>;
}

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
 * The URL of a `kg serve` that owns this data directory, or null. Reads the server's lock file (the data
 * directory's `kg-serve.lock`: JSON with `url` and `pid`) and checks that the process is alive.
 */
export function runningServer(dataDir: string): string | null {
  const file = join(dataDir, "kg-serve.lock");
  if (!existsSync(file)) return null;
  try {
    const lock = JSON.parse(readFileSync(file, "utf8")) as { url?: unknown; pid?: unknown };
    if (typeof lock.url !== "string") return null;
    if (typeof lock.pid === "number") process.kill(lock.pid, 0); // throws when no such process
    return lock.url;
  } catch {
    return null;
  }
}

/** The same service over a running server's API. */
export function reviewClient(baseUrl: string): ReviewService {
  const call = async (method: "GET" | "POST", path: string, body?: unknown) => {
    const res = await fetch(new URL(path, baseUrl), {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await res.json()) as { error?: string };
    if (!res.ok) throw new Error(answer.error ?? `${path}: HTTP ${res.status}`);
    return answer;
  };
  return {
    list: async () => ((await call("GET", "/api/review")) as { overrides: Override[] }).overrides,
    merge: async (a, b, name) => (await call("POST", "/api/review/merge", { a, b, name })) as ReviewResponse,
    split: async (a, alias) => (await call("POST", "/api/review/split", { a, alias })) as ReviewResponse,
    undo: async (n) => (await call("POST", "/api/review/undo", { n })) as UndoResponse,
    exportFile: async () => (await call("GET", "/api/review/export")) as OverridesFile,
    importFile: async (content) =>
      (await call("POST", "/api/review/import", content)) as { added: Override[]; skipped: Override[] },
  };
}

const describe = (o: Override): string =>
  o.op === "merge"
    ? `merge ${o.source.name} (${o.source.id}) into ${o.target.name} (${o.target.id})${o.name ? ` as ${o.name}` : ""}`
    : `split alias ${o.alias} of ${o.entity.name} (${o.entity.id}) into ${o.into.id}`;

const line = (o: Override) => `#${o.id}  ${o.at.slice(0, 19).replace("T", " ")}  ${describe(o)}`;

function need(args: ReviewArgs, i: number, what: string): string {
  const v = args.positional[i];
  if (!v) throw new Error(`kg review ${args.positional[0]}: missing ${what}.\n${REVIEW_USAGE}`);
  return v;
}

/** `kg review …`; returns the exit code. */
export async function cmdReview(args: ReviewArgs): Promise<number> {
  const sub = args.positional[0];
  const store = args.flags.store;
  const config: StoreConfig = storeConfig(
    process.env,
    typeof store === "string" ? { kind: store as StoreConfig["kind"] } : undefined,
  );
  const url = runningServer(config.dataDir);
  if (url) return run(args, sub, reviewClient(url), `through ${url}`);
  const opened = await openStore(config);
  try {
    return await run(args, sub, reviewService(opened, config.dataDir), `in ${opened.kind} store`);
  } finally {
    await opened.close();
  }
}

async function run(args: ReviewArgs, sub: string | undefined, service: ReviewService, where: string): Promise<number> {
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
