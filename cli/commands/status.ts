/** `kg status`: the store, its version and counts by label and type. */
import { READER, withStore, type Args } from "../shared.js";
import { pad } from "../table.js";

export async function cmdStatus(args: Args): Promise<number> {
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
