/** The ingest, load and extract sections of `npm run bench`: each runs its bench and prints its table. */
import { ingestBench, printIngestHeader, printIngestRow } from "./ingest.js";
import { loadBench } from "./load.js";
import { extractBench } from "./extract.js";

export async function ingestSection(articles?: number): Promise<void> {
  const sizes = [5, 50, 500, ...(articles && ![5, 50, 500].includes(articles) ? [articles] : [])];
  console.log(
    `\n== ingest: generated articles (1×/10×/100× the five seeds${articles ? `, ${articles}` : ""}), empty Kuzu store, child process ==`,
  );
  printIngestHeader();
  const figures = await ingestBench(sizes, printIngestRow);
  const per = (n: number) => {
    const f = figures.find((x) => x.what.startsWith(`${n} articles`));
    return f ? (f.seconds * 1000) / f.articles : NaN;
  };
  const largest = Math.max(...sizes);
  console.log(`time per article at ${largest} vs 500: ${(per(largest) / per(500)).toFixed(2)}×`);
}

export async function loadSection(articles = Number(process.env.BENCH_LOAD_ARTICLES ?? 500)): Promise<void> {
  console.log(`\n== load: the extracted batch of ${articles} generated articles ==`);
  const figures = await loadBench(articles);
  console.log("| what | nodes | relationships | seconds | relationships/s |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const f of figures)
    console.log(
      `| ${f.what} | ${f.nodes.toLocaleString("en")} | ${f.edges.toLocaleString("en")} | ${f.seconds.toFixed(2)} | ${Math.round(f.edges / f.seconds).toLocaleString("en")} |`,
    );
}

export function extractSection(articles = 500): void {
  console.log(`\n== extract: ${articles} generated articles, one thread ==`);
  const figures = extractBench(articles);
  console.log("| what | MB | seconds | MB/s | vs opencc-js |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  const base = figures[0]!;
  for (const f of figures)
    console.log(
      `| ${f.what} | ${f.megabytes.toFixed(2)} | ${f.seconds.toFixed(2)} | ${(f.megabytes / f.seconds).toFixed(2)} | ${(base.seconds / f.seconds).toFixed(2)}× |`,
    );
}
