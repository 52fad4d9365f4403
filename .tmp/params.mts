import kuzu from "kuzu";
import { mkdtempSync } from "node:fs";
const db = new kuzu.Database(mkdtempSync("/tmp/kg-house-p-") + "/db");
const c = new kuzu.Connection(db);
for (const p of [{ y: [2.5, 1] }, { y: [[1], [2.5]] }, { y: [true, 1] }, { y: [{ z: 1 }, { z: "a" }] }, { y: [{ z: 1 }, { z: 2.5 }] }, { y: [null, 1, 2] }, { y: [{ z: 1, w: 2 }, { w: 3, z: 4 }] }]) {
  try {
    const ps = await c.prepare("RETURN $y AS y");
    const r = await c.execute(ps, p as never);
    console.log(JSON.stringify(p), "→", JSON.stringify((await (Array.isArray(r) ? r[0] : r).getAll())[0]));
  } catch (e) { console.log(JSON.stringify(p), "ERR", (e as Error).message.slice(0, 120)); }
}
