/**
 * The article viewer: the whole document in its original characters, the
 * evidence sentence highlighted (and scrolled to), every mentioned entity marked
 * in its kind's colour (click one to select it); title, outlet, author, date.
 */
import { useEffect, useRef } from "react";
import { useAtom } from "../../core/atom.js";
import { LABEL_COLORS, type NodeLabel } from "../../core/schema.js";
import { canvasActions } from "../graph-canvas/index.js";
import { documentActions, documentAtom, segments } from "./index.js";
import { markPieces } from "./articles.js";

/** What raw scraped text carries that is not the article's: glued pinyin glosses `監(jiān)`, markup residue `?span …>`. */
export function sourceResidue(text: string): string | null {
  const glosses = (text.match(/[\u3400-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[1-5]?[)）]/g) ?? []).length;
  const markup = (text.match(/[?<\uFFFD]\/?(span|div|p|a|font|strong|b|i|em|br|img)\b[^>\n]{0,200}>/gi) ?? []).length;
  const parts = [];
  if (glosses) parts.push(`${glosses} pinyin gloss${glosses > 1 ? "es" : ""} like (jiān)`);
  if (markup) parts.push(`${markup} piece${markup > 1 ? "s" : ""} of markup residue like ?span…>`);
  return parts.length ? parts.join(" and ") : null;
}

export function DocumentViewer() {
  const s = useAtom(documentAtom);
  const target = useRef<HTMLElement>(null);

  useEffect(() => {
    if (s.status === "ready") target.current?.scrollIntoView({ block: "center" });
  }, [s.status, s.sentenceId]);

  useEffect(() => {
    if (s.status === "closed") return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && documentActions.close();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [s.status]);

  if (s.status === "closed") return null;
  const d = s.data;
  return (
    <div className="doc-overlay" onMouseDown={(e) => e.target === e.currentTarget && documentActions.close()}>
      <article className="doc-viewer" data-testid="document-viewer" data-status={s.status} aria-label="Article">
        <header className="doc-head">
          <div>
            <h2 lang="zh" data-testid="document-title">
              {d?.document.title ?? d?.document.name ?? (s.status === "loading" ? "Loading article…" : "Article")}
            </h2>
            {d && (
              <p className="doc-meta">
                {d.document.outlet && <span>{d.document.outlet}</span>}
                {d.document.author && d.document.author !== d.document.outlet && <span>{d.document.author}</span>}
                {d.document.published && <time>{d.document.published}</time>}
                {d.document.url && (
                  <a href={d.document.url} target="_blank" rel="noreferrer noopener">
                    source
                  </a>
                )}
                <span className="muted">
                  {d.sentences.length} sentences · {d.mentions.length} mentions
                </span>
              </p>
            )}
          </div>
          <button
            type="button"
            className="icon-button"
            onClick={() => documentActions.close()}
            aria-label="Close article"
            data-testid="document-close"
          >
            ✕
          </button>
        </header>
        {s.status === "error" && (
          <div className="error-state" role="alert">
            {s.error}
          </div>
        )}
        {d && sourceResidue(d.document.text ?? "") && (
          <p className="doc-residue small" data-testid="source-residue" role="note">
            As published: this article&apos;s text carries {sourceResidue(d.document.text ?? "")} from its source (shown
            as written; search and extraction ignore them).
          </p>
        )}
        {d && (
          <div className="doc-body" lang="zh">
            {renderText(d, s.sentenceId, s.focus, s.marks, target)}
          </div>
        )}
        {d && (
          <footer className="doc-legend">
            {[...new Set(d.mentions.map((m) => m.label))].map((l) => (
              <span key={l} className="doc-legend-item">
                <span className="dot" style={{ background: LABEL_COLORS[l as NodeLabel] }} /> {l}
              </span>
            ))}
          </footer>
        )}
      </article>
    </div>
  );
}

function renderText(
  d: NonNullable<ReturnType<typeof documentAtom.get>["data"]>,
  sentenceId: string | null,
  focus: Array<{ start: number; end: number }>,
  marks: Array<{ start: number; end: number }>,
  target: React.RefObject<HTMLElement | null>,
) {
  // a text search's matched words, marked exactly (in the highlighted sentence)
  const marked = (start: number, end: number, hit: boolean) =>
    hit && marks.length
      ? markPieces(text, start, end, marks).map((p, i) =>
          p.marked ? (
            <mark key={i} className="text-match" data-testid="text-match">
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )
      : text.slice(start, end);
  const text = d.document.text;
  const out: React.ReactNode[] = [];
  let pos = 0;
  const sentences = [...d.sentences].sort((a, b) => a.start - b.start);
  for (const s of sentences) {
    if (s.start < pos) continue;
    if (s.start > pos) out.push(<span key={`gap${pos}`}>{text.slice(pos, s.start)}</span>);
    const hit = s.id === sentenceId;
    out.push(
      <span
        key={s.id}
        ref={hit ? (target as React.RefObject<HTMLSpanElement>) : undefined}
        className={hit ? "sentence hit" : "sentence"}
        data-sentence-id={s.id}
        data-testid={hit ? "highlighted-sentence" : undefined}
      >
        {segments(text, s.start, s.end, d.mentions).map((seg) =>
          seg.mention ? (
            <button
              type="button"
              key={seg.start}
              className={`mention${hit && focus.some((f) => seg.start === f.start && seg.end === f.end) ? " focus" : ""}`}
              data-testid="mention"
              data-entity-id={seg.mention.entityId}
              style={{ ["--kind" as string]: LABEL_COLORS[seg.mention.label as NodeLabel] ?? "#888" }}
              title={`${seg.mention.label}: ${seg.mention.name}`}
              onClick={() => {
                documentActions.close();
                void canvasActions.selectNode(seg.mention!.entityId, { focus: true });
              }}
            >
              {marked(seg.start, seg.end, hit)}
            </button>
          ) : (
            <span key={seg.start}>{marked(seg.start, seg.end, hit)}</span>
          ),
        )}
      </span>,
    );
    pos = s.end;
  }
  if (pos < text.length) out.push(<span key="tail">{text.slice(pos)}</span>);
  return out;
}
