/** `kg export --format F [--query Q | --around X --depth N] [--all] [--out FILE]`. */
import { writeFileSync } from "node:fs";
import { around, overview, resolveNode, sentences, wholeGraph } from "../../server/graph.js";
import { EXPORT_FORMATS, evidenceIds, exportGraph, isExportFormat } from "../../schema/export/index.js";
import { READER, seconds, withStore, type Args } from "../shared.js";
import { callServer, runningServer, servedBy } from "../remote.js";
import type { StoreLock } from "../server-lock.js";

export async function cmdExport(args: Args): Promise<number> {
  const t0 = performance.now();
  const format = (args.flags.format as string | undefined) ?? "json";
  if (!isExportFormat(format))
    throw new Error(`kg export: invalid --format \`${format}\`. Expecting one of ${EXPORT_FORMATS.join(", ")}.`);
  const server = runningServer(args);
  if (server) return exportThroughServer(args, format, server, t0);
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
      // the quote text beside the sentence ids (schema/export/quotes.ts)
      const ids = evidenceIds(batch);
      const quotes = ids.length ? new Map((await sentences(store, ids)).map((e) => [e.sentenceId, e.text])) : undefined;
      const files = exportGraph(batch, format, { basename: base, quotes });
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

/** The export through a running `kg serve` (POST /api/export): the same formats; CSV is asked for in two parts. */
async function exportThroughServer(args: Args, format: string, server: StoreLock, t0: number): Promise<number> {
  if (args.flags.all)
    throw new Error(
      "kg export --all: not available through `kg serve` (the API exports entities only). Stop `kg serve` and run this again.",
    );
  const body = {
    format,
    query: typeof args.flags.query === "string" ? args.flags.query : undefined,
    around: typeof args.flags.around === "string" ? args.flags.around : undefined,
    depth: args.flags.depth === undefined ? undefined : Number(args.flags.depth),
  };
  const out = args.flags.out;
  const base = typeof out === "string" ? out.replace(/\.(json|gexf|graphml|csv|cypher)$/i, "") : "graph";
  const parts = format === "csv" ? ["nodes", "edges"] : [undefined];
  const written: string[] = [];
  for (const part of parts) {
    const res = await callServer(server, "/api/export", { body: { ...body, part }, accept: "*/*" });
    const text = await res.text();
    const name = res.headers.get("content-disposition")?.match(/filename="([^"]+)"/)?.[1] ?? `graph.${format}`;
    if (typeof out === "string") {
      const file = base + name.slice(name.indexOf("."));
      writeFileSync(file, text);
      written.push(file);
    } else process.stdout.write(text.endsWith("\n") ? text : text + "\n");
  }
  const summary = `exported ${format} ${servedBy(server)}${written.length ? ` to ${written.join(", ")}` : ""} in ${seconds(t0)} s`;
  (typeof out === "string" ? console.log : console.error)(summary);
  return 0;
}
