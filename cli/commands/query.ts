/** `kg query "<cypher>" [--json]`: a read-only Cypher query, as a table or JSON. */
import { READER, seconds, withStore, type Args } from "../shared.js";
import { formatTable } from "../table.js";

export async function cmdQuery(args: Args): Promise<number> {
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
