/**
 * The Cypher workbench panel: examples and history on the left; the editor,
 * run button and result views (table / graph / raw JSON) on the right; errors
 * from the server shown inline under the editor.
 */
import { useAtom } from "../../core/atom.js";
import type { CypherValue } from "../../api/types.js";
import { LABEL_COLORS, displayName, type KgNode } from "../../core/schema.js";
import { canvasActions } from "../graph-canvas/index.js";
import { CypherEditor } from "./CypherEditor.js";
import { ResultGraph } from "./ResultGraph.js";
import { RESULT_VIEWS, workbenchActions, workbenchAtom } from "./index.js";
import { EXPORT_FORMATS, FORMAT_LABELS, exportActions, type WebExportFormat } from "../export/index.js";

function Cell({ v }: { v: CypherValue }) {
  if (v === null || v === undefined) return <span className="null">null</span>;
  if (Array.isArray(v))
    return (
      <span className="list">
        {v.map((x, i) => (
          <span key={i} className="list-item">
            <Cell v={x} />
          </span>
        ))}
      </span>
    );
  if (typeof v === "object") {
    if ("_type" in v && v._type === "node") {
      const n = v as unknown as KgNode;
      return (
        <button
          type="button"
          className="node-link"
          onClick={() => void canvasActions.selectNode(n.id, { focus: true })}
          title={n.id}
        >
          <span className="dot" style={{ background: LABEL_COLORS[n.label] }} />
          <span lang="zh">{displayName(n)}</span>
        </button>
      );
    }
    if ("_type" in v && v._type === "relationship")
      return <span className="rel-chip">:{String((v as { type: string }).type)}</span>;
    if ("_type" in v && v._type === "path") {
      const p = v as unknown as { nodes: KgNode[] };
      return <span className="muted">path of {p.nodes.length} nodes</span>;
    }
    return <code>{JSON.stringify(v)}</code>;
  }
  return <span lang="zh">{String(v)}</span>;
}

export function Workbench() {
  const s = useAtom(workbenchAtom);
  if (!s.open) return null;
  const r = s.result;
  return (
    <section
      className="workbench"
      data-testid="workbench"
      data-status={s.status}
      data-runs={s.runs}
      aria-label="Cypher workbench"
    >
      <aside className="wb-side">
        <h3>Examples</h3>
        {s.examplesError && <p className="error-text small">{s.examplesError}</p>}
        <ul className="wb-list" data-testid="cypher-examples">
          {s.examples.map((ex) => (
            <li key={ex.name}>
              <button
                type="button"
                data-testid="cypher-example"
                title={ex.description}
                onClick={() => workbenchActions.setQuery(ex.query)}
                onDoubleClick={() => void workbenchActions.run(ex.query)}
              >
                <span className="wb-name">{ex.name}</span>
                {ex.description && <span className="wb-desc">{ex.description}</span>}
              </button>
            </li>
          ))}
        </ul>
        <h3 style={{ marginTop: 12 }}>
          History
          {s.history.length > 0 && (
            <button type="button" className="link" onClick={() => workbenchActions.clearHistory()}>
              clear
            </button>
          )}
        </h3>
        <ul className="wb-list" data-testid="cypher-history">
          {s.history.length === 0 && <li className="muted small">Queries you run appear here.</li>}
          {s.history.map((q) => (
            <li key={q}>
              <button
                type="button"
                data-testid="cypher-history-item"
                onClick={() => workbenchActions.setQuery(q)}
                title={q}
              >
                <code>{q}</code>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <div className="wb-main">
        <div className="wb-editor-row">
          <CypherEditor
            value={s.query}
            onChange={(q) => workbenchActions.setQuery(q)}
            onRun={(q) => void workbenchActions.run(q)}
          />
          <div className="wb-run">
            <button
              type="button"
              className="primary"
              data-testid="cypher-run"
              disabled={s.status === "running"}
              onClick={() => void workbenchActions.run()}
            >
              {s.status === "running" ? "Running…" : "▶ Run"}
            </button>
            <span className="muted small">
              <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
            </span>
            <button
              type="button"
              className="icon-button"
              onClick={() => workbenchActions.close()}
              aria-label="Close workbench"
              title="Close"
            >
              ✕
            </button>
          </div>
        </div>
        {s.status === "error" && (
          <div className="error-state" role="alert" data-testid="cypher-error">
            {s.error}
          </div>
        )}
        {r && s.status !== "error" && (
          <>
            <div className="wb-result-bar">
              <div className="tabs" role="tablist">
                {RESULT_VIEWS.map((v) => (
                  <button
                    key={v}
                    type="button"
                    role="tab"
                    aria-selected={s.view === v}
                    data-testid={`cypher-view-${v}`}
                    className={s.view === v ? "active" : ""}
                    disabled={v === "graph" && !r.graph.nodes.length}
                    onClick={() => workbenchActions.setView(v)}
                  >
                    {v === "table" ? "Table" : v === "graph" ? "Graph" : "JSON"}
                  </button>
                ))}
              </div>
              <span className="muted small" data-testid="cypher-summary">
                {r.rows.length} row{r.rows.length === 1 ? "" : "s"}
                {r.truncated ? " (truncated)" : ""} · {r.graph.nodes.length} nodes, {r.graph.edges.length} relationships
                · {Math.round(r.elapsedMs)} ms
              </span>
              <span className="spacer" />
              <select
                className="export-select"
                data-testid="cypher-export"
                value=""
                disabled={!r.graph.nodes.length}
                onChange={(e) => e.target.value && void exportActions.run(e.target.value as WebExportFormat, r.graph)}
                aria-label="Export the result's graph"
              >
                <option value="">Export…</option>
                {EXPORT_FORMATS.filter((f) => f !== "png").map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABELS[f]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                data-testid="cypher-add"
                disabled={!r.graph.nodes.length}
                onClick={() => workbenchActions.toCanvas("add")}
              >
                Add to canvas
              </button>
              <button
                type="button"
                data-testid="cypher-replace"
                disabled={!r.graph.nodes.length}
                onClick={() => workbenchActions.toCanvas("replace")}
              >
                Replace canvas
              </button>
            </div>
            <div className="wb-result">
              {s.view === "table" && (
                <table className="result-table" data-testid="cypher-table">
                  <thead>
                    <tr>
                      <th className="rownum">#</th>
                      {r.columns.map((c) => (
                        <th key={c}>{c}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {r.rows.map((row, i) => (
                      <tr key={i}>
                        <td className="rownum">{i + 1}</td>
                        {r.columns.map((c) => (
                          <td key={c}>
                            <Cell v={row[c]} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {s.view === "graph" && <ResultGraph key={s.runs} batch={r.graph} />}
              {s.view === "json" && (
                <pre className="result-json" data-testid="cypher-json">
                  {JSON.stringify(r, null, 2)}
                </pre>
              )}
            </div>
          </>
        )}
        {!r && s.status === "idle" && (
          <p className="muted wb-hint">
            Write a read-only Cypher query, or pick an example. Writes are rejected by the server.
          </p>
        )}
      </div>
    </section>
  );
}
