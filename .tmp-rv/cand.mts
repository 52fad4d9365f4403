import { openStore, storeConfig } from "/work/wt/review/store/index.js";
import { mergeCandidates } from "/work/wt/review/server/review-candidates.js";
const store = await openStore(storeConfig({}, { kind: "embedded", dataDir: "/tmp/rv/d1" }), { readOnly: true });
const r = await store.readQuery("MATCH (n) WHERE n.search IS NOT NULL RETURN n.id AS id");
for (const row of r.rows) {
  const c = await mergeCandidates(store, String(row.id));
  if (c && c.length) console.log(row.id, JSON.stringify(c.map((x) => [x.id, x.reason, x.shared, x.province])));
}
await store.close();
