/** One evidence sentence: original characters with the mention marked, the article's title and date; click opens the article. */
import type { Evidence } from "../../api/types.js";
import { documentActions } from "../documents/index.js";

/**
 * Local [start, end) ranges to mark inside the sentence text: the server's
 * marks (edge evidence: both ends' mentions), else the mention's offsets (node
 * evidence), else every occurrence of `terms` (names and aliases),
 * non-overlapping, in order.
 * @example markRanges({text: "央行发布", sentenceStart: 10, start: 10, end: 12, surface: "央行"}) → [[0, 2]]
 */
export function markRanges(
  ev: Pick<Evidence, "text" | "sentenceStart" | "start" | "end" | "surface" | "marks">,
  terms: string[] = [],
): Array<[number, number]> {
  if (ev.marks?.length) {
    // edge evidence: the server's offsets of both ends' mentions
    const ranges = ev.marks
      .map((m): [number, number] => [m.start - ev.sentenceStart, m.end - ev.sentenceStart])
      .filter(([a, b]) => a >= 0 && b <= ev.text.length && b > a)
      .sort((x, y) => x[0] - y[0]);
    const out: Array<[number, number]> = [];
    for (const r of ranges) if (!out.length || r[0] >= out[out.length - 1][1]) out.push(r);
    if (out.length) return out;
  }
  if (ev.start !== null && ev.end !== null) {
    const s = ev.start - ev.sentenceStart;
    const e = ev.end - ev.sentenceStart;
    if (s >= 0 && e <= ev.text.length && e > s && (!ev.surface || ev.text.slice(s, e) === ev.surface)) return [[s, e]];
  }
  const words = [...new Set([...(ev.surface ? [ev.surface] : []), ...terms])]
    .filter((t) => t && t.length > 1)
    .sort((a, b) => b.length - a.length);
  const ranges: Array<[number, number]> = [];
  for (const w of words) {
    let k = ev.text.indexOf(w);
    while (k >= 0) {
      const r: [number, number] = [k, k + w.length];
      if (!ranges.some(([a, b]) => r[0] < b && a < r[1])) ranges.push(r);
      k = ev.text.indexOf(w, k + w.length);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function Marked({ text, ranges }: { text: string; ranges: Array<[number, number]> }) {
  const out: React.ReactNode[] = [];
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a > pos) out.push(text.slice(pos, a));
    out.push(<mark key={a}>{text.slice(a, b)}</mark>);
    pos = b;
  }
  out.push(text.slice(pos));
  return <>{out}</>;
}

export function EvidenceItem({ ev, terms }: { ev: Evidence; terms?: string[] }) {
  const focus = ev.marks?.length
    ? ev.marks.map(({ start, end }) => ({ start, end }))
    : ev.start !== null && ev.end !== null
      ? [{ start: ev.start, end: ev.end }]
      : [];
  return (
    <li className="evidence-item" data-testid="evidence-item" data-sentence-id={ev.sentenceId}>
      <button
        type="button"
        className="evidence-open"
        title="Open the article with this sentence highlighted"
        onClick={() => void documentActions.open(ev.docId, ev.sentenceId, focus)}
      >
        <q className="evidence-text" lang="zh">
          <Marked text={ev.text} ranges={markRanges(ev, terms)} />
        </q>
        <span className="evidence-source">
          <span className="evidence-title">{ev.docTitle ?? ev.docId}</span>
          {ev.published && <time>{ev.published}</time>}
        </span>
      </button>
    </li>
  );
}

export function EvidenceList({ evidence, empty, terms }: { evidence: Evidence[]; empty: string; terms?: string[] }) {
  if (evidence.length === 0) return <p className="muted">{empty}</p>;
  // group by article, articles by date
  const byDoc = new Map<string, Evidence[]>();
  for (const ev of evidence) byDoc.set(ev.docId, [...(byDoc.get(ev.docId) ?? []), ev]);
  return (
    <ol className="evidence-list" data-testid="evidence-list">
      {[...byDoc.values()]
        .sort((a, b) => (a[0].published ?? "").localeCompare(b[0].published ?? ""))
        .flat()
        .map((ev) => (
          <EvidenceItem key={ev.sentenceId + ":" + ev.start} ev={ev} terms={terms} />
        ))}
    </ol>
  );
}
