import kuzu from "kuzu";
const pool = Number(process.argv[2]);
const q = process.argv[3];
const db = new kuzu.Database("/tmp/house-exp/db" + pool, pool, true, false);
const c = new kuzu.Connection(db);
c.setQueryTimeout(15000);
const t = performance.now();
try {
  const r = await c.query(q);
  console.log(await (Array.isArray(r) ? r[0] : r).getAll());
} catch (e) { console.log("ERR", (e as Error).message); }
console.log("ms", Math.round(performance.now() - t), "rss MB", Math.round(process.memoryUsage().rss / 1e6));
