/**
 * The Cypher workbench panel: examples and history on the left; the editor,
 * run button and result views (table / graph / raw JSON) on the right; errors
 * from the server shown inline under the editor.
 */
import { useAtom } from "../../core/atom.js";
import { Icon } from "../../core/icons.js";
import type { CypherValue } from "../../api/types.js";
import { LABEL_COLORS, displayName, type KgNode } from "../../core/schema.js";
import { canvasActions } from "../graph-canvas/index.js";
import { CypherEditor } from "./CypherEditor.js";
import { ResultGraph } from "./ResultGraph.js";
import { RESULT_VIEWS, queryParams, workbenchActions, workbenchAtom, type ResultView } from "./index.js";
import type { CypherResponse } from "../../api/types.js";
import { useRef, useState } from "react";
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
      const p = v as unknown as { nodes: KgNode[]; edges: Array<{ type: string; source: string }> };
      return (
        <span className="path-cell" data-testid="cypher-path">
          {p.nodes.map((n, i) => (
            <span key={n.id + i} className="path-step">
              {i > 0 && (
                <span className="rel-chip path-rel">
                  {p.edges[i - 1] ? `${p.edges[i - 1].source === n.id ? "←" : ""}:${p.edges[i - 1].type}→` : "—"}
                </span>
              )}
              <Cell v={{ ...n, _type: "node" } as unknown as CypherValue} />
            </span>
          ))}
        </span>
      );
    }
    return <code>{JSON.stringify(v)}</code>;
  }
  return <span lang="zh">{String(v)}</span>;
}

/** One result: view tabs, summary, export and canvas actions, and the table / graph / JSON view. */
function ResultFrame({
  r,
  view,
  onView,
  prefix,
  runs,
  actions,
}: {
  r: CypherResponse;
  view: ResultView;
  onView: (v: ResultView) => void;
  /** Test-id prefix: "cypher" for the current result, "frame" for pinned ones. */
  prefix: string;
  runs: number;
  actions: React.ReactNode;
}) {
  return (
    <>
      <div className="wb-result-bar">
        <div className="tabs" role="tablist">
          {RESULT_VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={view === v}
              data-testid={`${prefix}-view-${v}`}
              className={view === v ? "active" : ""}
              disabled={v === "graph" && !r.graph.nodes.length}
              onClick={() => onView(v)}
            >
              {v === "table" ? "Table" : v === "graph" ? "Graph" : "JSON"}
            </button>
          ))}
        </div>
        <span className="muted small wb-summary" data-testid={`${prefix}-summary`}>
          {r.rows.length} row{r.rows.length === 1 ? "" : "s"}
          {r.truncated ? " (truncated)" : ""} · {r.graph.nodes.length} nodes, {r.graph.edges.length} relationships ·{" "}
          {Math.round(r.elapsedMs)} ms
        </span>
        <span className="spacer" />
        <select
          className="export-select"
          data-testid={`${prefix}-export`}
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
        {actions}
      </div>
      <div className="wb-result">
        {view === "table" && (
          <table className="result-table" data-testid={`${prefix}-table`}>
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
        {view === "graph" && <ResultGraph key={runs} batch={r.graph} />}
        {view === "json" && (
          <pre className="result-json" data-testid={`${prefix}-json`}>
            {JSON.stringify(r, null, 2)}
          </pre>
        )}
      </div>
    </>
  );
}

/** Saved queries: save the current one under a name, open, delete, export to and import from a file. */
function SavedQueries() {
  const s = useAtom(workbenchAtom);
  const [name, setName] = useState("");
  const [msg, setMsg] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const download = () => {
    const url = URL.createObjectURL(new Blob([workbenchActions.exportSaved()], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "saved-queries.json";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <>
      <h3 style={{ marginTop: 12 }}>Saved</h3>
      <form
        className="wb-save"
        onSubmit={(e) => {
          e.preventDefault();
          workbenchActions.save(name);
          setName("");
        }}
      >
        <input
          data-testid="cypher-save-name"
          placeholder="Name this query"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-label="Name of the saved query"
        />
        <button type="submit" data-testid="cypher-save" disabled={!name.trim()}>
          Save
        </button>
      </form>
      <ul className="wb-list" data-testid="cypher-saved">
        {s.saved.length === 0 && <li className="muted small">Named queries you save appear here.</li>}
        {s.saved.map((q) => (
          <li key={q.name} className="wb-saved-item">
            <button
              type="button"
              data-testid="cypher-saved-item"
              onClick={() => workbenchActions.openSaved(q)}
              title={q.query}
            >
              <span className="wb-name">{q.name}</span>
              {Object.keys(q.params).length > 0 && (
                <span className="wb-desc">
                  {Object.keys(q.params)
                    .map((k) => `$${k}`)
                    .join(" ")}
                </span>
              )}
            </button>
            <button
              type="button"
              className="link"
              aria-label={`Delete ${q.name}`}
              onClick={() => workbenchActions.deleteSaved(q.name)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div className="wb-file-actions">
        <button
          type="button"
          className="link"
          data-testid="cypher-saved-export"
          disabled={!s.saved.length}
          onClick={download}
        >
          Export file
        </button>
        <button type="button" className="link" data-testid="cypher-saved-import" onClick={() => file.current?.click()}>
          Import file
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="cypher-saved-file"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (!f) return;
            try {
              const n = workbenchActions.importSaved(await f.text(), f.name);
              setMsg(`Imported ${n} quer${n === 1 ? "y" : "ies"} from ${f.name}`);
            } catch (err) {
              setMsg((err as Error).message);
            }
          }}
        />
      </div>
      {msg && (
        <p className="small muted" data-testid="cypher-saved-message">
          {msg}
        </p>
      )}
    </>
  );
}

/** Inputs for the query's `$parameters` (values kept per name). */
function ParamsRow() {
  const s = useAtom(workbenchAtom);
  const names = queryParams(s.query);
  if (!names.length) return null;
  return (
    <div className="wb-params" data-testid="cypher-params">
      {names.map((n) => (
        <label key={n}>
          <code>${n}</code>
          <input
            data-testid={`cypher-param-${n}`}
            value={s.params[n] ?? ""}
            placeholder={n === "from" || n === "to" ? "YYYY-MM-DD" : "value"}
            onChange={(e) => workbenchActions.setParam(n, e.target.value)}
          />
        </label>
      ))}
    </div>
  );
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
        <SavedQueries />
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
            running={s.status === "running"}
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
        <ParamsRow />
        {s.status === "error" && (
          <div className="error-state" role="alert" data-testid="cypher-error">
            {s.error}
          </div>
        )}
        <div className="wb-frames" data-testid="cypher-frames">
          {r && s.status !== "error" && (
            <div className="wb-frame current" data-testid="cypher-current">
              <ResultFrame
                r={r}
                view={s.view}
                onView={(v) => workbenchActions.setView(v)}
                prefix="cypher"
                runs={s.runs}
                actions={
                  <>
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
                    <button
                      type="button"
                      data-testid="cypher-pin"
                      title="Keep this result beside the next ones"
                      onClick={() => workbenchActions.pin()}
                    >
                      <Icon name="pin" />
                      Pin
                    </button>
                  </>
                }
              />
            </div>
          )}
          {s.pinned.map((f) => (
            <div className="wb-frame pinned" key={f.id} data-testid="cypher-frame">
              <code className="wb-frame-query" title={f.query}>
                {f.query}
              </code>
              <ResultFrame
                r={f.result}
                view={f.view}
                onView={(v) => workbenchActions.setFrameView(f.id, v)}
                prefix="frame"
                runs={f.id}
                actions={
                  <button
                    type="button"
                    data-testid="frame-unpin"
                    title="Unpin (close) this frame"
                    onClick={() => workbenchActions.unpin(f.id)}
                  >
                    Unpin
                  </button>
                }
              />
            </div>
          ))}
        </div>
        {!r && s.status === "idle" && !s.pinned.length && (
          <p className="muted wb-hint">
            Write a read-only Cypher query, or pick an example. Writes are rejected by the server.
          </p>
        )}
      </div>
    </section>
  );
}
