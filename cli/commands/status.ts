/** `kg status`: the store, its version and counts by label and type (through `kg serve` when it runs). */
import type { Counts } from "../../store/index.js";
import { READER, withStore, type Args } from "../shared.js";
import { callServer, runningServer, servedBy } from "../remote.js";
import { pad } from "../table.js";

interface Status extends Counts {
  store: string;
  version: string;
  location: string;
}

export async function cmdStatus(args: Args): Promise<number> {
  const server = runningServer(args);
  const status: Status = server
    ? ((await (await callServer(server, "/api/stats")).json()) as Status)
    : await withStore(
        args,
        async (store) => ({
          store: store.kind,
          version: await store.version(),
          location: store.location,
          ...(await store.counts()),
        }),
        READER,
      );
  console.log(`store:    ${status.store} (${status.version}) at ${status.location}`);
  if (server) console.log(`served    ${servedBy(server)}`);
  for (const [k, v] of Object.entries(status.byLabel).sort()) console.log(`  node  ${pad(k, 16)} ${v}`);
  for (const [k, v] of Object.entries(status.byType).sort()) console.log(`  edge  ${pad(k, 16)} ${v}`);
  console.log(`${status.nodes} nodes, ${status.edges} edges`);
  return 0;
}
