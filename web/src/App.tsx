/**
 * The explorer's layout: top bar (brand, search, global actions), left panel
 * (legend and filters), canvas in the centre, inspector on the right, and the
 * article viewer over the canvas.
 */
import { useEffect, useState } from "react";
import { useAtom } from "./core/atom.js";
import { Icon } from "./core/icons.js";
import { DocumentViewer } from "./features/documents/DocumentViewer.js";
import { SelectionBar } from "./features/paths/SelectionBar.js";
import { ArticlesPanel } from "./features/documents/ArticlesPanel.js";
import { articlesActions, articlesAtom } from "./features/documents/articles.js";
import { GraphCanvas } from "./features/graph-canvas/GraphCanvas.js";
import { StatusBar } from "./features/graph-canvas/StatusBar.js";
import { CanvasToolbar, UndoRedo } from "./features/graph-canvas/Toolbar.js";
import { canvasActions, statusAtom, graphAtom } from "./features/graph-canvas/index.js";
import { Inspector } from "./features/inspector/Inspector.js";
import { subscribeInspector } from "./features/inspector/index.js";
import { subscribeCameraFit } from "./features/camera/index.js";
import { subscribeMultiSelection } from "./features/selection/index.js";
import { Legend } from "./features/legend/Legend.js";
import { FiltersPanel } from "./features/filters/FiltersPanel.js";
import { Timeline } from "./features/timeline/Timeline.js";
import { SearchBox } from "./features/search/SearchBox.js";
import { subscribeTheme, themeActions, themeAtom } from "./features/theme/index.js";
import { Workbench } from "./features/cypher-editor/Workbench.js";
import { workbenchActions, workbenchAtom } from "./features/cypher-editor/index.js";
import { ExportMenu } from "./features/export/ExportMenu.js";
import { exportStatusAtom } from "./features/export/index.js";
import { ShortcutsHelp } from "./features/shortcuts/ShortcutsHelp.js";
import { helpOpenAtom, useShortcuts } from "./features/shortcuts/index.js";
import { subscribeUrlState, urlStateActions } from "./features/url-state/index.js";
import { AddArticlesButton, UploadPanel } from "./features/upload/UploadPanel.js";
import { LiveNotice } from "./features/live/LiveNotice.js";
import { SessionMenu, SessionNotice } from "./features/session/SessionMenu.js";

function ThemeToggle() {
  const theme = useAtom(themeAtom);
  return (
    <button
      type="button"
      className="icon-button"
      data-testid="theme-toggle"
      onClick={() => themeActions.toggle()}
      title={`Switch to ${theme === "light" ? "dark" : "light"} theme`}
      aria-label="Toggle theme"
    >
      {theme === "light" ? "☾" : "☀"}
    </button>
  );
}

function CypherToggle() {
  const wb = useAtom(workbenchAtom);
  return (
    <button
      type="button"
      data-testid="cypher-toggle"
      className={wb.open ? "active" : ""}
      onClick={() => workbenchActions.toggle()}
      title="Cypher workbench (c)"
    >
      ⌘ Cypher
    </button>
  );
}

function ArticlesToggle() {
  const a = useAtom(articlesAtom);
  return (
    <button
      type="button"
      data-testid="articles-toggle"
      className={a.open ? "active" : ""}
      onClick={() => (a.open ? articlesActions.close() : articlesActions.open())}
      title="Search the articles' text; list the articles"
    >
      <Icon name="article" />
      Articles
    </button>
  );
}

/** Copy the address of this view (canvas, selection, filters, open article) to the clipboard. */
function CopyLink() {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <button
      type="button"
      data-testid="copy-link"
      data-copied={copied ?? ""}
      title="Copy a link that opens exactly this view"
      onClick={async () => {
        const href = location.href;
        try {
          await navigator.clipboard.writeText(href);
          setCopied("copied");
        } catch {
          // no clipboard permission (http, some browsers): show the link to copy by hand
          window.prompt("Copy this link:", href);
          setCopied("shown");
        }
        setTimeout(() => setCopied(null), 2000);
      }}
    >
      {copied === "copied" ? (
        <>
          <Icon name="check" />
          Link copied
        </>
      ) : (
        <>
          <Icon name="link" />
          Copy link
        </>
      )}
    </button>
  );
}

function ExportToast() {
  const s = useAtom(exportStatusAtom);
  if (!s.last && !s.error && !s.opened) return null;
  return (
    <div className={`toast${s.error ? " error" : ""}`} data-testid="export-status" role="status">
      {s.error ?? (s.opened ? `Opened ${s.opened}` : `Exported ${s.last}`)}
      <button
        type="button"
        className="link"
        onClick={() => exportStatusAtom.set({ last: null, error: null })}
        aria-label="Dismiss"
      >
        ✕
      </button>
    </div>
  );
}

function CanvasOverlay() {
  const status = useAtom(statusAtom);
  const graph = useAtom(graphAtom);
  if (graph.order > 0) return null;
  if (status.loading) return <div className="canvas-empty">Loading the graph…</div>;
  if (status.error)
    return (
      <div className="canvas-empty error" role="alert">
        <strong>Could not load the graph.</strong>
        <span>{status.error}</span>
        <button type="button" onClick={() => void canvasActions.loadOverview()}>
          Retry
        </button>
      </div>
    );
  return (
    <div className="canvas-empty">
      The graph is empty. Ingest some articles with <code>npm run kg -- ingest</code>.
    </div>
  );
}

export function App() {
  useShortcuts();
  // each feature's subscriptions live here, for the app's life (none is set up at import time)
  useEffect(() => {
    const unsubs = [subscribeTheme(), subscribeInspector(), subscribeMultiSelection(), subscribeCameraFit()];
    return () => unsubs.forEach((u) => u());
  }, []);
  useEffect(() => {
    const unsub = subscribeUrlState();
    void urlStateActions.restore();
    return unsub;
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            <svg width="22" height="22" viewBox="0 0 32 32">
              <circle cx="9" cy="10" r="5" fill="#d62728" />
              <circle cx="23" cy="9" r="4" fill="#ff7f0e" />
              <circle cx="16" cy="23" r="6" fill="#2ca02c" />
              <path d="M9 10L23 9L16 23Z" fill="none" stroke="currentColor" strokeOpacity=".5" strokeWidth="1.5" />
            </svg>
          </span>
          <span className="brand-name">
            监管图谱 <span className="brand-sub">Crypto Regulation KG</span>
          </span>
        </div>
        <SearchBox />
        <div className="topbar-actions">
          <UndoRedo />
          <CopyLink />
          <ArticlesToggle />
          <AddArticlesButton />
          <CypherToggle />
          <ExportMenu />
          <SessionMenu />
          <button
            type="button"
            className="icon-button"
            onClick={() => helpOpenAtom.set(true)}
            title="Keyboard shortcuts (?)"
            aria-label="Keyboard shortcuts"
          >
            ?
          </button>
          <ThemeToggle />
        </div>
      </header>
      <main className="workspace">
        <aside className="panel sidebar" aria-label="Legend and filters">
          <Legend />
          <FiltersPanel />
          <Timeline />
        </aside>
        <section className="stage">
          <div className="canvas-area">
            <CanvasToolbar />
            <GraphCanvas />
            <CanvasOverlay />
            <StatusBar />
            <ExportToast />
            <LiveNotice />
            <UploadPanel />
            <SessionNotice />
            <SelectionBar />
            <ArticlesPanel />
            <DocumentViewer />
            <ShortcutsHelp />
          </div>
          <Workbench />
        </section>
        <Inspector />
      </main>
    </div>
  );
}
