/**
 * `npm run bench [section…] [-- --articles N]`: prints the figures; asserts nothing.
 * ingest: generated corpora of 1×/10×/100× the seeds (and --articles N) through `ingestFiles`, with the 1%
 * re-ingest; load: the load path beside Kuzu COPY; extract: pipeline throughput beside opencc-js; render:
 * sigma first draw and fps in Chromium (needs `npm run build`); api: search, neighbourhood and overview at 1 and
 * 20 clients on a 5,000-article store; app: the explorer's first frame and zoom fps, seeds vs 5,000 articles. One line per section below.
 */
import { ingestSection, loadSection, extractSection } from "./sections.js";
import { renderSection } from "./render-section.js";
import { printApiBench } from "./api.js";
import { printAppRenderBench } from "./render.js";

const args = process.argv.slice(2);
const at = args.indexOf("--articles");
const articles = at >= 0 ? Number(args[at + 1]) : undefined;
const only = new Set(args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--articles"));
const want = (name: string) => only.size === 0 || only.has(name);

if (want("ingest")) await ingestSection(articles);
if (want("load")) await loadSection();
if (want("extract")) extractSection();
if (want("render")) await renderSection();
if (want("api")) await (console.log("\n== api: 5,000-article store, kg serve on loopback =="), printApiBench());
if (want("app"))
  await (console.log("\n== app: the explorer on the seeds and on 5,000 articles, same run =="), printAppRenderBench());
