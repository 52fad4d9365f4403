import { checkKuzuParams } from "../store/kuzu-params.js";
for (const p of [{ y: [1, { z: 2 }] }, { y: [1, 2.5] }, {y:["a",1]}, {y:[{z:1},{z:"a"}]}, {y:[{z:1,w:2},{w:3,z:4}]}, {y:[null,1]}, {y:[[1],[2.5]]}, {y:{a:[1,{b:2}]}}, {y:[{z:1},{w:1}]}, {y:[1,null,3]}])
  try { console.log(JSON.stringify(checkKuzuParams(p))); } catch (e) { console.log((e as Error).message); }
