/** Worker thread body: runs extract tasks as they arrive (ingest/workers.ts starts one per core). */
import { parentPort } from "node:worker_threads";
import { runExtractTask, type ExtractTask } from "./extract-task.js";

parentPort!.on("message", (task: ExtractTask) => parentPort!.postMessage(runExtractTask(task)));
