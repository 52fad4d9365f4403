/** `kg query "<cypher>" [--json]`: a read-only Cypher query, as a table or JSON (through `kg serve` when it runs). */
import type { QueryResult } from "../../store/index.js";
import { READER, seconds, withStore, type Args } from "../shared.js";
import { callServer, runningServer } from "../remote.js";
import { formatTable } from "../table.js";

type Answer = Pick<QueryResult, "columns" | "rows" | "truncated">;

export async function cmdQuery(args: Args): Promise<number> {
  const t0 = performance.now();
  const cypher = args.positional.join(" ");
  if (!cypher.trim()) throw new Error('kg query: missing the query. Usage: kg query "<cypher>" [--json]');
  const server = runningServer(args);
  const result: Answer = server
    ? ((await (await callServer(server, "/api/cypher", { body: { query: cypher } })).json()) as Answer)
    : await withStore(args, (store) => store.readQuery(cypher), READER);
  if (args.flags.json)
    console.log(JSON.stringify({ columns: result.columns, rows: result.rows, truncated: result.truncated }, null, 2));
  else {
    console.log(formatTable(result.columns, result.rows));
    console.log(
      `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${result.truncated ? " (truncated)" : ""} in ${seconds(t0)} s`,
    );
  }
  return 0;
}
