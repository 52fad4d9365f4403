/**
 * The articles panel: search what the articles say (sentences and titles, Simplified
 * or Traditional), with snippets, the match highlighted and facets by document, year
 * and entity; and the list of articles (title, outlet, date, entity count). Every hit
 * and every article opens the viewer, at the sentence for a hit.
 */
import { useState } from "react";
import { useAtom } from "../../core/atom.js";
import { documentActions } from "./index.js";
import { articlesActions, articlesAtom, markedSnippet, type TextFilters } from "./articles.js";
import type { Facet } from "../../api/types.js";

function FacetList({
  name,
  facets,
  k,
  active,
}: {
  name: string;
  facets: Facet[];
  k: keyof TextFilters;
  active?: string;
}) {
  if (!facets.length) return null;
  return (
    <div className="facet" data-testid={`facet-${k}`}>
      <h4>{name}</h4>
      <ul>
        {active && (
          <li>
            <button type="button" className="link" onClick={() => articlesActions.facet(k, undefined)}>
              ✕ all
            </button>
          </li>
        )}
        {facets.slice(0, 12).map((f) => (
          <li key={f.key}>
            <button
              type="button"
              className={`link${active === f.key ? " active" : ""}`}
              data-testid="facet-value"
              onClick={() => articlesActions.facet(k, active === f.key ? undefined : f.key)}
              title={f.key}
              lang="zh"
            >
              {f.label} <span className="count">{f.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ArticlesPanel() {
  const s = useAtom(articlesAtom);
  const [draft, setDraft] = useState(s.query);
  if (!s.open) return null;
  const r = s.result;
  return (
    <aside className="articles-panel" data-testid="articles-panel" data-status={s.status} aria-label="Articles">
      <header className="articles-head">
        <div className="tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={s.tab === "search"}
            className={s.tab === "search" ? "active" : ""}
            data-testid="articles-tab-search"
            onClick={() => articlesActions.setTab("search")}
          >
            Search text
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={s.tab === "list"}
            className={s.tab === "list" ? "active" : ""}
            data-testid="articles-tab-list"
            onClick={() => articlesActions.setTab("list")}
          >
            All articles
          </button>
        </div>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => articlesActions.close()}>
          ✕
        </button>
      </header>
      {s.tab === "search" && (
        <>
          <form
            className="articles-search"
            onSubmit={(e) => {
              e.preventDefault();
              void articlesActions.search(draft);
            }}
          >
            <input
              data-testid="text-search-input"
              value={draft}
              placeholder="Words in the articles (简/繁)…"
              onChange={(e) => setDraft(e.target.value)}
              lang="zh"
              aria-label="Search the articles' text"
            />
            <button type="submit" className="primary" data-testid="text-search-run">
              Search
            </button>
          </form>
          {s.status === "error" && (
            <p className="error-text small" role="alert">
              {s.error}
            </p>
          )}
          {r && s.status !== "error" && (
            <div className="articles-body">
              <p className="muted small" data-testid="text-search-summary">
                {r.total} sentence{r.total === 1 ? "" : "s"} in {r.facets.documents.length} article
                {r.facets.documents.length === 1 ? "" : "s"}
                {r.documents.some((d) => d.titleMatch)
                  ? ` · ${r.documents.filter((d) => d.titleMatch).length} title match(es)`
                  : ""}
                {r.truncated ? ` · first ${r.hits.length} shown` : ""}
              </p>
              <div className="facets">
                <FacetList name="Articles" facets={r.facets.documents} k="doc" active={s.filters.doc} />
                <FacetList name="Year" facets={r.facets.dates} k="year" active={s.filters.year} />
                <FacetList name="Entities" facets={r.facets.entities} k="entity" active={s.filters.entity} />
              </div>
              <ol className="text-hits">
                {r.hits.map((h) => {
                  // older servers answer one span; every word's occurrence is marked when given
                  const spans = h.matches ?? [{ start: h.matchStart, end: h.matchEnd }];
                  const pieces = markedSnippet(h.text, spans);
                  return (
                    <li key={h.sentenceId} data-testid="text-hit" data-sentence={h.sentenceId}>
                      <button
                        type="button"
                        onClick={() =>
                          void documentActions.open(
                            h.docId,
                            h.sentenceId,
                            [],
                            spans.map((m) => ({ start: h.sentenceStart + m.start, end: h.sentenceStart + m.end })),
                          )
                        }
                      >
                        <span className="hit-doc" lang="zh">
                          {h.docTitle ?? h.docId}
                          {h.published ? ` · ${h.published}` : ""}
                        </span>
                        <span className="hit-snippet" lang="zh" data-testid="text-hit-snippet">
                          {pieces.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
              {r.total === 0 && r.documents.length === 0 && (
                <p className="muted small" data-testid="text-search-empty">
                  No sentence or title contains “{r.query}”.
                </p>
              )}
            </div>
          )}
        </>
      )}
      {s.tab === "list" && (
        <div className="articles-body">
          {!s.documents && <p className="muted small">Loading…</p>}
          <table className="result-table" data-testid="document-list">
            <thead>
              <tr>
                <th>Title</th>
                <th>Outlet</th>
                <th>Date</th>
                <th title="Distinct entities its sentences mention">Entities</th>
              </tr>
            </thead>
            <tbody>
              {(s.documents ?? []).map((d) => (
                <tr key={d.id} data-testid="document-item" data-doc={d.id}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      lang="zh"
                      onClick={() => void documentActions.open(d.id, null)}
                    >
                      {d.title ?? d.path ?? d.id}
                    </button>
                  </td>
                  <td lang="zh">{d.outlet ?? "—"}</td>
                  <td>{d.published ?? <span className="muted">undated</span>}</td>
                  <td className="num">{d.entities}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </aside>
  );
}
