/**
 * The `kg` command line: ingest, query, export, serve, status.
 * Run as `npm run kg -- <command>` or through the package's `kg` bin.
 * Every command ends with a one-line summary and exits non-zero on failure.
 */
import { writeFileSync } from "node:fs";
import { join, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import cliProgress from "cli-progress";
import {
  openStore,
  storeConfig,
  PROJECT_ROOT,
  QueryRejected,
  type GraphStore,
  type StoreConfig,
} from "../store/index.js";
import { around, overview, resolveNode, wholeGraph } from "../server/graph.js";
import { EXPORT_FORMATS, exportGraph, isExportFormat } from "../schema/export/index.js";
import { startServer } from "../server/http.js";
import { ingestFiles } from "../ingest/ingest.js";
import { refreshRanking } from "../store/ranking.js";
import type { Value } from "../store/types.js";
import { cmdReview, REVIEW_USAGE, reviewService } from "./commands/review.js";

const USAGE = `kg — knowledge graph of Chinese crypto-regulation news

Usage: npm run kg -- <command> [options]

Commands:
  ingest [paths…] [--force] [--batch N]
                                  read articles (files or folders; default seeds/) into the store;
                                  articles already ingested with the same text are skipped unless --force;
                                  N articles per transaction (default 1000; fewer use less memory, more time)
  query "<cypher>" [--json]       run a read-only Cypher query, print a table (or JSON)
  export --format ${EXPORT_FORMATS.join("|")} [--query "<cypher>" | --around "<name or id>" --depth N] [--all] [--out FILE]
                                  export the entity graph (default), a query's graph, a neighbourhood, or --all (with documents and sentences)
  serve                           serve the explorer and the API on PORT (default 5173)
  status                          show the store, its version and counts by label and type
${REVIEW_USAGE}

Options:
  --store embedded|neo4j          overrides GRAPH_STORE
  -h, --help                      this text

Environment: GRAPH_STORE, KG_DATA_DIR, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT`;

interface Args {
  command: string | undefined;
  positional: string[];
  flags: Record<string, string | boolean>;
}

const BOOLEAN_FLAGS = new Set(["json", "help", "all", "force"]);

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h") flags.help = true;
    else if (a.startsWith("--")) {
      const [k, inline] = a.slice(2).split("=", 2);
      if (inline !== undefined) flags[k] = inline;
      else if (BOOLEAN_FLAGS.has(k)) flags[k] = true;
      else {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith("--")) throw new Error(`kg: option --${k} needs a value.`);
        flags[k] = v;
        i++;
      }
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}

function config(args: Args): StoreConfig {
  const store = args.flags.store;
  return storeConfig(process.env, typeof store === "string" ? { kind: store as StoreConfig["kind"] } : undefined);
}

const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

/** Readers (query, export, status, serve) open the embedded store read-only with user queries isolated in a child process. */
const READER = { readOnly: true, isolateQueries: true } as const;

async function withStore<T>(
  args: Args,
  fn: (store: GraphStore) => Promise<T>,
  options: { readOnly?: boolean; isolateQueries?: boolean } = {},
): Promise<T> {
  const store = await openStore(config(args), options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function progressBar(label: string): cliProgress.SingleBar {
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

async function cmdIngest(args: Args): Promise<number> {
  const t0 = performance.now();
  const paths = args.positional.length ? args.positional : [join(PROJECT_ROOT, "seeds")];
  return withStore(args, async (store) => {
    const tty = process.stderr.isTTY;
    const bar = progressBar("ingest");
    let started = false;
    const batch = args.flags.batch === undefined ? undefined : Number(args.flags.batch);
    if (batch !== undefined && !(Number.isInteger(batch) && batch > 0))
      throw new Error(`kg ingest: invalid \`--batch\` ${String(args.flags.batch)}. Expecting a positive integer.`);
    const report = await ingestFiles(store, paths, {
      force: Boolean(args.flags.force),
      batchSize: batch,
      onProgress: (done, total, path) => {
        if (!tty) return;
        if (!started) bar.start(total, 0, { file: "" });
        started = true;
        bar.update(done, { file: path.split("/").pop() });
      },
      onWarning: (w) => {
        console.error(`warning: ${w}`);
      },
      // the overview's ranking (store/ranking.ts) follows each committed batch's entities
      afterBatch: async (s, touched) => {
        await refreshRanking(s, touched);
      },
    });
    if (started) bar.stop();
    if (!report.files && !report.errors.length)
      throw new Error(
        `kg ingest: no article files (.txt, .html, .htm, .md) under ${args.positional.join(", ") || "seeds/"}.`,
      );
    for (const e of report.errors) console.error(`error: ${e.message}`);
    for (const s of report.skipped) console.error(`skipped: ${s.path}: ${s.reason}`);
    for (const d of report.duplicates)
      console.error(`duplicate: ${d.path}: the same article as ${d.of}, already loaded; not loaded again`);
    const counts = await store.counts();
    const notes = [
      report.unchanged.length ? `${report.unchanged.length} unchanged, skipped` : "",
      report.duplicates.length ? `${report.duplicates.length} duplicates` : "",
      report.skipped.length ? `${report.skipped.length} not articles` : "",
    ].filter(Boolean);
    console.log(
      `ingested ${report.loaded}/${report.files} documents${notes.length ? ` (${notes.join(", ")})` : ""} into ${store.kind} store: ` +
        `${counts.nodes} nodes, ${counts.edges} edges, ${report.errors.length} errors, ${seconds(t0)} s`,
    );
    return report.errors.length ? 1 : 0;
  });
}

/** A cell for the table view. */
function cell(v: Value): string {
  if (v === null) return "";
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return `[${v.map(cell).join(", ")}]`;
  const t = (v as { _type?: string })._type;
  if (t === "node") {
    const n = v as { id: string; label: string; properties: Record<string, unknown> };
    return `(${n.label} ${n.properties.name ?? n.id})`;
  }
  if (t === "relationship") {
    const r = v as { type: string; source: string; target: string };
    return `[${r.type} ${r.source}->${r.target}]`;
  }
  if (t === "path") return `<path ${(v as { edges: unknown[] }).edges.length} hops>`;
  return JSON.stringify(v);
}

/** Display width counting CJK characters as two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}
const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));

export function formatTable(columns: string[], rows: Record<string, Value>[], maxCell = 60): string {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const s = cell(r[c] ?? null).replace(/\s+/g, " ");
      return width(s) > maxCell ? [...s].slice(0, maxCell - 1).join("") + "…" : s;
    }),
  );
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i]))));
  const line = (xs: string[]) => "| " + xs.map((x, i) => pad(x, widths[i])).join(" | ") + " |";
  return [line(columns), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...cells.map(line)].join("\n");
}

async function cmdQuery(args: Args): Promise<number> {
  const t0 = performance.now();
  const cypher = args.positional.join(" ");
  if (!cypher.trim()) throw new Error('kg query: missing the query. Usage: kg query "<cypher>" [--json]');
  return withStore(
    args,
    async (store) => {
      const result = await store.readQuery(cypher);
      if (args.flags.json)
        console.log(
          JSON.stringify({ columns: result.columns, rows: result.rows, truncated: result.truncated }, null, 2),
        );
      else {
        console.log(formatTable(result.columns, result.rows));
        console.log(
          `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${result.truncated ? " (truncated)" : ""} in ${seconds(t0)} s`,
        );
      }
      return 0;
    },
    READER,
  );
}

async function cmdExport(args: Args): Promise<number> {
  const t0 = performance.now();
  const format = (args.flags.format as string | undefined) ?? "json";
  if (!isExportFormat(format))
    throw new Error(`kg export: invalid --format \`${format}\`. Expecting one of ${EXPORT_FORMATS.join(", ")}.`);
  return withStore(
    args,
    async (store) => {
      let batch;
      if (typeof args.flags.query === "string")
        batch = (await store.readQuery(args.flags.query, {}, { rowLimit: 1_000_000, timeoutMs: 120_000 })).graph;
      else if (typeof args.flags.around === "string") {
        const node = await resolveNode(store, args.flags.around);
        if (!node) throw new Error(`kg export: nothing matches --around \`${args.flags.around}\`.`);
        const depth = Number(args.flags.depth ?? 1);
        batch = await around(store, node.id, depth);
      } else batch = args.flags.all ? await wholeGraph(store) : await overview(store);
      const out = args.flags.out;
      // CSV is two files: --out graph.csv writes graph.nodes.csv and graph.edges.csv.
      const base = typeof out === "string" ? out.replace(/\.(json|gexf|graphml|csv|cypher)$/i, "") : "graph";
      const files = exportGraph(batch, format, { basename: base });
      const written: string[] = [];
      for (const f of files) {
        if (typeof out === "string") {
          writeFileSync(f.name, f.text);
          written.push(f.name);
        } else process.stdout.write(f.text.endsWith("\n") ? f.text : f.text + "\n");
      }
      const summary = `exported ${batch.nodes.length} nodes, ${batch.edges.length} edges as ${format}${written.length ? ` to ${written.join(", ")}` : ""} in ${seconds(t0)} s`;
      // Keep stdout clean for the exported data.
      (typeof out === "string" ? console.log : console.error)(summary);
      return 0;
    },
    READER,
  );
}

async function cmdStatus(args: Args): Promise<number> {
  return withStore(
    args,
    async (store) => {
      const counts = await store.counts();
      console.log(`store:    ${store.kind} (${await store.version()}) at ${store.location}`);
      for (const [k, v] of Object.entries(counts.byLabel).sort()) console.log(`  node  ${pad(k, 16)} ${v}`);
      for (const [k, v] of Object.entries(counts.byType).sort()) console.log(`  edge  ${pad(k, 16)} ${v}`);
      console.log(`${counts.nodes} nodes, ${counts.edges} edges`);
      return 0;
    },
    READER,
  );
}

async function cmdServe(args: Args): Promise<number> {
  const port = Number(args.flags.port ?? process.env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`kg serve: invalid PORT \`${port}\`. Expecting 0–65535.`);
  const host = String(args.flags.host ?? process.env.HOST ?? "127.0.0.1");
  const store = await openStore(config(args), READER);
  const review = reviewService(store, config(args).dataDir); // entity review through the API (server/review.ts)
  const server = await startServer(store, port, host, { review }).catch(async (e: NodeJS.ErrnoException) => {
    await store.close();
    throw new Error(
      e.code === "EADDRINUSE"
        ? `kg serve: port ${port} on ${host} is in use. Set PORT to another port (PORT=0 picks a free one).`
        : `kg serve: ${e.message}`,
    );
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  const counts = await store.counts();
  console.log(
    `serving the explorer at http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/ (${store.kind} store, ${counts.nodes} nodes, ${counts.edges} edges) — Ctrl+C to stop`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await store.close();
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.help || !args.command) {
    console.log(USAGE);
    return args.command || args.flags.help ? 0 : 1;
  }
  switch (args.command) {
    case "ingest":
      return cmdIngest(args);
    case "query":
      return cmdQuery(args);
    case "export":
      return cmdExport(args);
    case "serve":
      return cmdServe(args);
    case "status":
      return cmdStatus(args);
    case "review":
      return cmdReview(args);
    default:
      throw new Error(
        `kg: unknown command \`${args.command}\`. Expecting ingest, query, export, serve, status or review (kg --help).`,
      );
  }
}

const invokedDirectly = !!process.argv[1] && resolvePath(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof QueryRejected) console.error(`query rejected (${e.reason}): ${e.message}`);
      else console.error((e as Error).message);
      process.exit(1);
    },
  );
}
