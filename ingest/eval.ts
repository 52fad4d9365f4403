/**
 * eval: score the extractor against the gold annotations in
 * test/fixtures/gold/ (seeds and the hand-written fixture articles), per kind:
 * precision and recall of entities (those mentioned in the article), of
 * relations, and the accuracy of measure dates. Prints a table.
 *
 *   npm run eval              # table
 *   npm run eval -- --json    # metrics as JSON
 *   npm run eval -- --check   # exit 1 if the bar is not met on the seeds
 *   npm run eval -- --verbose # also list every miss and false hit
 *   npm run eval -- --corpus DIR [--verbose] [--json]
 *                             # score any folder of articles with a DIR/gold.json (format in test/fixtures/gold/README.md)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { documentId, ENTITY_LABELS, entityId, REL_TYPES, type EntityLabel } from "../schema/index.js";
import { processDocument } from "./pipeline.js";
import { DIVISION_FORMS } from "./lexicon/divisions.js";
import { chineseOrdinal } from "./extract/measures.js";
import type { DocumentResult } from "./types.js";

export const GOLD_DIR = "test/fixtures/gold";

/** A gold entity: its canonical name, or the name with the surface forms the article writes it in. */
export type GoldEntity = string | { name: string; forms?: string[] };

export interface Gold {
  path: string;
  /** The page's address, for the report (corpus sets). */
  url?: string;
  entities: Partial<Record<EntityLabel, GoldEntity[]>>;
  relations: Array<[string, string, string]>;
  measureDates: Record<string, string | null>;
}

export interface Score {
  kind: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  misses: string[];
  falseHits: string[];
}

export interface DateScore {
  stated: number;
  statedRight: number;
  unstated: number;
  unstatedInvented: number;
  errors: string[];
}

export interface EvalReport {
  set: string;
  documents: number;
  entities: Score[];
  relations: Score[];
  dates: DateScore;
  /** Predicted entities the gold does not hold (a fragment such as `国家…`, a generic word, or a wrongly cut name). */
  falseNodes: string[];
  /** Articles the pipeline rejected (each message names the file); their gold counts as missed. */
  errors: string[];
}

/** What a rejected article contributes: nothing (its document id is filled in per article). */
const NOTHING_FOUND: DocumentResult = {
  document: {
    id: "",
    path: "",
    title: null,
    outlet: null,
    author: null,
    published: null,
    dateInferred: false,
    url: null,
    format: "text",
    body: "",
  },
  sentences: [],
  entities: [],
  mentions: [],
  relations: [],
  warnings: [],
  batch: { nodes: [], edges: [] },
};

/** Relationship types whose direction carries no meaning (scored with sorted endpoints). */
const SYMMETRIC = new Set(["WORKED_WITH"]);
const relKey = (doc: string, t: string, a: string, b: string): string =>
  SYMMETRIC.has(t) && b < a ? `${doc} ${t} ${b} -> ${a}` : `${doc} ${t} ${a} -> ${b}`;
const goldName = (e: GoldEntity): string => (typeof e === "string" ? e : e.name);

/**
 * Matching conventions (scoring only; stored names are never changed): full- and half-width parentheses and
 * 〔〕[] fold to one form, and so do the brackets of a title inside a title (《》, 〈〉, <>); spaces are ignored, a
 * trailing （征求意见稿） is ignored, and a meeting's number is read the same in Chinese numerals and in digits.
 * @example foldName("关于X的通知(征求意见稿)") === foldName("关于X的通知")
 */
export function foldName(s: string): string {
  return (
    s
      // (a meeting's number in digits or in Chinese numerals, as the extractor names it: 第51次会议, 第五十一次会议)
      .replace(/第\d{1,3}次/g, chineseOrdinal)
      .replace(/[（(〔［[【]/g, "(")
      .replace(/[）)〕］\]】]/g, ")")
      .replace(/[“”"「」『』]/g, '"')
      // (a title inside a title is written with 《》, 〈〉 or <>)
      .replace(/[《〈<‹]/g, "《")
      .replace(/[》〉>›]/g, "》")
      .replace(/\s+/g, "")
      .replace(/\(?征求意见稿\)?$/, "")
  );
}

const LONGEST_FORM = Math.max(...[...DIVISION_FORMS.keys()].map((f) => f.length));
/** The longest division form `s` starts with, and whether it is a province or prefecture. */
function leadingDivision(s: string): { form: string; parent: boolean } | null {
  for (let n = Math.min(LONGEST_FORM, s.length - 1); n >= 2; n--) {
    const ds = DIVISION_FORMS.get(s.slice(0, n));
    if (ds) return { form: s.slice(0, n), parent: ds.some((d) => d.level !== "county") };
  }
  return null;
}

/**
 * A local body named with or without the divisions above its own is one body (scoring only): EXTRACTION.md builds
 * a full name from the lowest place (`余杭区` + `公安分局`), while articles and annotators often keep the city or
 * province before it. Leading province and prefecture forms are dropped while another division follows.
 * @example localCore("内蒙古赤峰市元宝山区公安局") === "元宝山区公安局"; localCore("北京市公安局") === "北京市公安局"
 */
export function localCore(name: string): string {
  let rest = name;
  let lead = leadingDivision(rest);
  while (lead?.parent) {
    const next = rest.slice(lead.form.length);
    const following = leadingDivision(next);
    if (!following) break;
    rest = next;
    lead = following;
  }
  return rest;
}

/**
 * The predicted id a gold name stands for: the entity of that name, else one whose name or alias folds to the
 * same form (a gold `江西省政协` is the predicted `中国人民政治协商会议江西省委员会` that has it as an alias).
 */
export function goldResolver(entities: DocumentResult["entities"]): (label: EntityLabel, name: string) => string {
  const exact = new Set(entities.map((e) => e.id));
  const byName = new Map<string, string>();
  const byAlias = new Map<string, string>();
  const byCore = new Map<string, string>();
  for (const e of entities) {
    byName.set(`${e.label} ${foldName(e.name)}`, e.id);
    for (const a of e.aliases)
      if (!byAlias.has(`${e.label} ${foldName(a)}`)) byAlias.set(`${e.label} ${foldName(a)}`, e.id);
    if (e.label !== "Agency") continue;
    for (const n of [e.name, ...e.aliases]) {
      const k = `${e.label} ${localCore(foldName(n))}`;
      if (!byCore.has(k)) byCore.set(k, e.id);
    }
  }
  return (label, name) => {
    const id = entityId(label, name);
    if (exact.has(id)) return id;
    const k = `${label} ${foldName(name)}`;
    return byName.get(k) ?? byAlias.get(k) ?? byCore.get(`${label} ${localCore(foldName(name))}`) ?? id;
  };
}

const refId = (ref: string, resolve: (label: EntityLabel, name: string) => string): string => {
  const i = ref.indexOf(":");
  return resolve(ref.slice(0, i) as EntityLabel, ref.slice(i + 1));
};

function score(kind: string, gold: Set<string>, predicted: Set<string>): Score {
  const correct = [...predicted].filter((x) => gold.has(x)).length;
  return {
    kind,
    gold: gold.size,
    predicted: predicted.size,
    correct,
    precision: predicted.size ? correct / predicted.size : 1,
    recall: gold.size ? correct / gold.size : 1,
    misses: [...gold].filter((x) => !predicted.has(x)),
    falseHits: [...predicted].filter((x) => !gold.has(x)),
  };
}

/** Load every gold file of a directory. */
export function loadGold(dir = GOLD_DIR): Gold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold);
}

/**
 * Score a set of gold documents (keys are prefixed with the document so that sets can be pooled).
 * @example evaluate(loadGold().filter(g => g.path.startsWith("seeds/")), "seeds").entities
 */
export function evaluate(
  golds: Gold[],
  set: string,
  process: (path: string) => DocumentResult = (p) => processDocument(p, readFileSync(p)),
): EvalReport {
  const ent = new Map<string, { gold: Set<string>; pred: Set<string> }>();
  const rel = new Map<string, { gold: Set<string>; pred: Set<string> }>();
  for (const l of ENTITY_LABELS) ent.set(l, { gold: new Set(), pred: new Set() });
  for (const t of REL_TYPES)
    if (t !== "MENTIONS" && t !== "HAS_SENTENCE") rel.set(t, { gold: new Set(), pred: new Set() });
  const dates: DateScore = { stated: 0, statedRight: 0, unstated: 0, unstatedInvented: 0, errors: [] };
  const falseNodes: string[] = [];
  const errors: string[] = [];
  for (const g of golds) {
    // an article the pipeline rejects (broken front matter, not text) scores as nothing found, reported by name
    let r: DocumentResult;
    try {
      r = process(g.path);
    } catch (e) {
      errors.push((e as Error).message.split("\n")[0]!);
      r = { ...NOTHING_FOUND, document: { ...NOTHING_FOUND.document, id: documentId(g.path) } };
    }
    const doc = r.document.id.replace(/^doc:/, "").slice(0, 12);
    const resolve = goldResolver(r.entities);
    const goldIds = new Set<string>();
    for (const [label, list] of Object.entries(g.entities) as Array<[EntityLabel, GoldEntity[]]>)
      for (const e of list) {
        const key = `${doc} ${resolve(label, goldName(e))}`;
        ent.get(label)!.gold.add(key);
        goldIds.add(key);
      }
    // (a node the gold names as a relation's end is no false node, whether or not its entity list repeats it)
    for (const [, a, b] of g.relations) for (const ref of [a, b]) goldIds.add(`${doc} ${refId(ref, resolve)}`);
    const mentioned = new Set(r.mentions.map((m) => m.entityId));
    for (const e of r.entities) {
      if (!mentioned.has(e.id)) continue;
      ent.get(e.label)!.pred.add(`${doc} ${e.id}`);
      if (!goldIds.has(`${doc} ${e.id}`)) falseNodes.push(`${doc} ${e.id}`);
    }
    for (const [t, s, o] of g.relations) rel.get(t)!.gold.add(relKey(doc, t, refId(s, resolve), refId(o, resolve)));
    for (const x of r.relations) rel.get(x.type)!.pred.add(relKey(doc, x.type, x.source, x.target));
    for (const [name, want] of Object.entries(g.measureDates)) {
      const mid = resolve("Measure", name);
      const got = r.entities.find((e) => e.id === mid)?.properties.date ?? null;
      if (want) {
        dates.stated++;
        if (got === want) dates.statedRight++;
        else dates.errors.push(`${doc} ${name}: want ${want}, got ${got}`);
      } else {
        dates.unstated++;
        if (got) {
          dates.unstatedInvented++;
          dates.errors.push(`${doc} ${name}: want null, got ${got}`);
        }
      }
    }
  }
  return {
    set,
    documents: golds.length,
    entities: [...ent].filter(([, v]) => v.gold.size || v.pred.size).map(([k, v]) => score(k, v.gold, v.pred)),
    relations: [...rel].filter(([, v]) => v.gold.size || v.pred.size).map(([k, v]) => score(k, v.gold, v.pred)),
    dates,
    falseNodes,
    errors,
  };
}

const total = (kind: string, scores: Score[]): Score => {
  const gold = scores.reduce((a, s) => a + s.gold, 0);
  const predicted = scores.reduce((a, s) => a + s.predicted, 0);
  const correct = scores.reduce((a, s) => a + s.correct, 0);
  return {
    kind,
    gold,
    predicted,
    correct,
    precision: predicted ? correct / predicted : 1,
    recall: gold ? correct / gold : 1,
    misses: [],
    falseHits: [],
  };
};

/** The report as a fixed-width table. */
export function formatReport(r: EvalReport, verbose = false): string {
  const f = (x: number): string => x.toFixed(2);
  const row = (group: string, s: Score): string =>
    `${group.padEnd(9)}${s.kind.padEnd(16)}${String(s.gold).padStart(5)}${String(s.predicted).padStart(6)}${String(s.correct).padStart(8)}${f(s.precision).padStart(7)}${f(s.recall).padStart(7)}`;
  const lines = [
    `${r.set}: ${r.documents} documents`,
    `${"group".padEnd(9)}${"kind".padEnd(16)}${"gold".padStart(5)}${"pred".padStart(6)}${"correct".padStart(8)}${"P".padStart(7)}${"R".padStart(7)}`,
  ];
  for (const s of r.entities) lines.push(row("entity", s));
  lines.push(row("entity", total("(all)", r.entities)));
  for (const s of r.relations) lines.push(row("relation", s));
  lines.push(row("relation", total("(all)", r.relations)));
  const d = r.dates;
  lines.push(
    `dates    measure dates stated: ${d.statedRight}/${d.stated} right; not stated: ${d.unstated - d.unstatedInvented}/${d.unstated} left empty`,
  );
  lines.push(
    `false    ${r.falseNodes.length} false nodes (${((r.falseNodes.length * 10) / Math.max(1, r.documents)).toFixed(1)} per 10 articles)`,
  );
  // (an article the pipeline rejected is listed whatever the verbosity: its gold counted as missed)
  for (const e of r.errors) lines.push(`error    ${e}`);
  if (verbose) {
    for (const s of [...r.entities, ...r.relations]) {
      for (const m of s.misses) lines.push(`  miss   ${m}`);
      for (const m of s.falseHits) lines.push(`  false  ${m}`);
    }
    for (const e of d.errors) lines.push(`  date   ${e}`);
    for (const e of r.falseNodes) lines.push(`  node   ${e}`);
  }
  return lines.join("\n");
}

/** Does a report meet issue 4's bar (entities P,R ≥ 0.9 per kind; relations R ≥ 0.8 per kind; every stated date right)? */
export function meetsBar(r: EvalReport): string[] {
  const fails: string[] = [];
  for (const s of r.entities)
    if (s.precision < 0.9 || s.recall < 0.9)
      fails.push(`entity ${s.kind}: P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}`);
  for (const s of r.relations) if (s.gold && s.recall < 0.8) fails.push(`relation ${s.kind}: R ${s.recall.toFixed(2)}`);
  if (r.dates.statedRight < r.dates.stated) fails.push(`dates: ${r.dates.statedRight}/${r.dates.stated}`);
  return fails;
}

/**
 * Load a corpus folder: DIR/gold.json is `{ "documents": [{ "file": "a.txt", "url": "…", "entities": …, "relations": …, "measureDates": … }] }`
 * with files relative to DIR.
 * @example evaluate(loadCorpus("/tmp/eval-real"), "real")
 */
export function loadCorpus(dir: string): Gold[] {
  const path = join(dir, "gold.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`eval: cannot read \`${path}\`: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const docs = (raw as { documents?: unknown }).documents;
  if (!Array.isArray(docs)) throw new Error(`eval: invalid \`${path}\`. Expecting { "documents": [...] }.`);
  return docs.map((d: Omit<Gold, "path"> & { file?: string }, i) => {
    if (typeof d.file !== "string")
      throw new Error(`eval: invalid \`documents[${i}].file\` in ${path}. Expecting a file name.`);
    return {
      path: join(dir, d.file),
      url: d.url,
      entities: d.entities ?? {},
      relations: d.relations ?? [],
      measureDates: d.measureDates ?? {},
    };
  });
}

const isMain = process.argv[1] && /eval\.[tj]s$/.test(process.argv[1]);
if (isMain && process.argv.includes("--corpus")) {
  const argv = process.argv.slice(2);
  const dir = argv[argv.indexOf("--corpus") + 1];
  if (!dir || dir.startsWith("--")) {
    console.error("eval: invalid `--corpus`. Expecting a folder holding articles and a gold.json.");
    process.exit(2);
  }
  const report = evaluate(loadCorpus(dir), dir);
  if (argv.includes("--json")) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(report, argv.includes("--verbose")));
} else if (isMain) {
  const args = new Set(process.argv.slice(2));
  const golds = loadGold();
  const heldout = (g: Gold): boolean => g.path.includes("/heldout/");
  const reports = [
    evaluate(
      golds.filter((g) => g.path.startsWith("seeds/")),
      "seeds",
    ),
    evaluate(
      golds.filter((g) => !g.path.startsWith("seeds/") && !heldout(g)),
      "fixtures (test/fixtures/articles: written for issue 4, no lexicon entries for their names)",
    ),
    evaluate(
      golds.filter(heldout),
      "held-out (test/fixtures/articles/heldout: annotated before the first run; first-run score in test/fixtures/gold/README.md)",
    ),
  ].filter((r) => r.documents > 0);
  if (args.has("--json")) console.log(JSON.stringify(reports, null, 2));
  else console.log(reports.map((r) => formatReport(r, args.has("--verbose"))).join("\n\n"));
  if (args.has("--check")) {
    const fails = meetsBar(reports[0]!);
    if (fails.length) {
      console.error(`eval: below the bar on the seeds: ${fails.join("; ")}`);
      process.exit(1);
    }
  }
}
