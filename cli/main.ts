/**
 * The `kg` command line: argument parsing and the table of commands. Each
 * command lives in cli/commands/<command>.ts; what they share in cli/shared.ts.
 * Run as `npm run kg -- <command>` or through the package's `kg` bin.
 * Every command ends with a one-line summary and exits non-zero on failure.
 */
import { resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { QueryRejected } from "../store/index.js";
import { EXPORT_FORMATS } from "../schema/export/index.js";
import type { Args, Command } from "./shared.js";
import { cmdIngest } from "./commands/ingest.js";
import { cmdQuery } from "./commands/query.js";
import { cmdExport } from "./commands/export.js";
import { cmdServe } from "./commands/serve.js";
import { cmdStatus } from "./commands/status.js";
import { cmdReview, REVIEW_USAGE } from "./commands/review.js";

export { formatTable } from "./table.js";
export type { Args } from "./shared.js";

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
  serve                           serve the explorer and the API on PORT (default 5173); it owns the store:
                                  ingest, query, export, status and review on its data directory go through it
  status                          show the store, its version and counts by label and type
${REVIEW_USAGE}

Options:
  --store embedded|neo4j          overrides GRAPH_STORE
  -h, --help                      this text

Environment: GRAPH_STORE, KG_DATA_DIR, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT, HOST, KG_WRITE_TOKEN`;

/** The commands, by name. A new command is one module in cli/commands/ and one line here. */
const COMMANDS: Record<string, Command> = {
  ingest: cmdIngest,
  query: cmdQuery,
  export: cmdExport,
  serve: cmdServe,
  status: cmdStatus,
  review: cmdReview,
};

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

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.help || !args.command) {
    console.log(USAGE);
    return args.command || args.flags.help ? 0 : 1;
  }
  const command = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
  if (!command) {
    const names = Object.keys(COMMANDS);
    throw new Error(
      `kg: unknown command \`${args.command}\`. Expecting ${names.slice(0, -1).join(", ")} or ${names.at(-1)} (kg --help).`,
    );
  }
  return command(args);
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
