import { KuzuStore } from "../store/kuzu.js";
import { mkdtempSync } from "node:fs";
const dir = mkdtempSync("/tmp/kg-house-lock-");
const a = new KuzuStore({ dataDir: dir });
await a.init();
try { const b = new KuzuStore({ dataDir: dir }); console.log("opened twice?!"); await b.close(); } catch (e) { console.log((e as Error).message); }
try { const b = new KuzuStore({ dataDir: dir, readOnly: true }); console.log("ro opened"); await b.close(); } catch (e) { console.log((e as Error).message); }
await a.close();
