import { KuzuStore } from "../store/kuzu.js";
const s = new KuzuStore({ dataDir: process.argv[2], readOnly: process.argv[3] === "ro" });
await s.counts();
console.log("ready");
setTimeout(() => s.close(), 8000);
