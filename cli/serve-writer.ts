/**
 * The ingest behind `POST /api/ingest` in `kg serve`: uploaded files are kept
 * under <data dir>/uploads/<time>/<name> (the document's path and id come from
 * them), checked by name first (articles are .txt, .html, .htm, .md), then run
 * through ingestFiles with the server's store taken for writing
 * (server/store-host.ts). What the ingest added (entities and relationships
 * among entities that were not in the store) is published as an `ingest`
 * event on /api/events.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { ENTITY_LABELS, type GraphBatch } from "../schema/index.js";
import { MAX_EVENT_IDS, type UploadFile, type UploadFileResult, type UploadReport } from "../schema/upload.js";
import type { GraphStore, UpsertOptions } from "../store/types.js";
import { storedVersions } from "../store/upsert-plan.js";
import { refreshRanking } from "../store/ranking.js";
import { ingestFiles } from "../ingest/ingest.js";
import { ARTICLE_EXT, skipReason } from "../ingest/files.js";
import type { StoreHost } from "../server/store-host.js";
import type { ArticleIngest } from "../server/ingest-api.js";
import type { GraphEvents } from "../server/events.js";

const ENTITY = new Set<string>(ENTITY_LABELS);

/** The entity nodes of a batch and the relationships among them. */
function entityPart(batch: GraphBatch): GraphBatch {
  const nodes = batch.nodes.filter((n) => ENTITY.has(n.label));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: batch.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/**
 * The store, with each upsert noting which entities and relationships among entities were not stored before.
 * (A proxy: ingestFiles sees the store's own kind, location and checkpoint.)
 */
function noticingNew(store: GraphStore, added: { entities: Set<string>; relationships: Set<string> }): GraphStore {
  const upsert = async (batch: GraphBatch, options?: UpsertOptions) => {
    const part = entityPart(batch);
    const before = await storedVersions(store, part);
    await store.upsert(batch, options);
    for (const n of part.nodes) if (!before.existingNodes.has(n.id)) added.entities.add(n.id);
    for (const e of part.edges) if (!before.existingEdges.has(e.id)) added.relationships.add(e.id);
  };
  return new Proxy(store, {
    get(target, key) {
      if (key === "upsert") return upsert;
      const v = Reflect.get(target, key, target) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** A file name as stored: its last path part, no control characters. */
const safeName = (name: string): string =>
  basename(name.replace(/\\/g, "/"))
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();

/** A folder name for one upload: its time, sortable, unique within this process. */
let uploadCount = 0;
const uploadFolder = (): string => `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${++uploadCount}`;

export function serveWriter(host: StoreHost, events: GraphEvents, uploadsDir: string): ArticleIngest {
  return {
    async ingest(files: UploadFile[], { force }, onProgress): Promise<UploadReport> {
      const t0 = performance.now();
      const results: UploadFileResult[] = [];
      const dir = join(uploadsDir, uploadFolder());
      const accepted = new Map<string, UploadFileResult>();
      for (const f of files) {
        const name = safeName(f.name);
        const reject = (reason: string) => results.push({ name: f.name, status: "rejected", reason });
        if (!name || name === "." || name === "..") reject("no file name");
        else if (accepted.has(name))
          reject("the same file name as an earlier file in this upload (a document's id comes from its file name)");
        else if (!ARTICLE_EXT.test(name)) reject(skipReason(name));
        else {
          const bytes = f.encoding === "text" ? Buffer.from(f.content, "utf8") : Buffer.from(f.content, "base64");
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, name), bytes);
          const r: UploadFileResult = { name, status: "loaded" };
          accepted.set(name, r);
          results.push(r);
        }
      }
      const added = { entities: new Set<string>(), relationships: new Set<string>() };
      let nodes = 0;
      let edges = 0;
      if (accepted.size) {
        const paths = [...accepted.keys()].map((n) => join(dir, n));
        const report = await host.write(async (store) => {
          const r = await ingestFiles(noticingNew(store, added), paths, {
            force,
            onProgress: (done, total, path) => onProgress(done, total, basename(path)),
            afterBatch: async (s, touched) => {
              await refreshRanking(s, touched);
            },
          });
          const counts = await store.counts();
          nodes = counts.nodes;
          edges = counts.edges;
          return r;
        });
        const mark = (path: string, status: UploadFileResult["status"], reason?: string) => {
          const r = accepted.get(basename(path));
          if (r) Object.assign(r, reason === undefined ? { status } : { status, reason });
        };
        for (const p of report.unchanged) mark(p, "unchanged");
        for (const d of report.duplicates) mark(d.path, "duplicate", `the same text as ${d.of}, already loaded`);
        for (const s of report.skipped) mark(s.path, "rejected", s.reason);
        // the reason without the server's folder: the file's name leads it
        for (const e of report.errors)
          mark(
            e.path,
            "rejected",
            e.message.startsWith(e.path) ? e.message.slice(e.path.length).replace(/^:\s*/, "") : e.message,
          );
      }
      if (!accepted.size) ({ nodes, edges } = await host.read((store) => store.counts()));
      const count = (s: UploadFileResult["status"]) => results.filter((r) => r.status === s).length;
      const entities = { count: added.entities.size, ids: [...added.entities].slice(0, MAX_EVENT_IDS) };
      const relationships = { count: added.relationships.size, ids: [...added.relationships].slice(0, MAX_EVENT_IDS) };
      const loaded = count("loaded");
      if (loaded || entities.count || relationships.count)
        events.publish("ingest", { documents: loaded, entities, relationships });
      return {
        files: results,
        loaded,
        unchanged: count("unchanged"),
        rejected: count("rejected"),
        entities,
        relationships,
        nodes,
        edges,
        seconds: Number(((performance.now() - t0) / 1000).toFixed(2)),
      };
    },
  };
}
