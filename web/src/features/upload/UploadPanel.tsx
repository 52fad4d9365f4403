/**
 * "Add articles": the top-bar button and the panel with a drop zone, a file
 * chooser, the upload's progress, and each file's state (a rejected file with
 * its reason).
 */
import { useRef, useState, type DragEvent } from "react";
import { useAtom } from "../../core/atom.js";
import { uploadActions, uploadAtom, type FileState } from "./index.js";

const LABELS: Record<FileState, string> = {
  waiting: "waiting",
  uploading: "uploading…",
  extracted: "read, loading…",
  loaded: "loaded",
  unchanged: "unchanged (already in the graph)",
  duplicate: "duplicate",
  rejected: "rejected",
  failed: "failed",
};

export function AddArticlesButton() {
  const s = useAtom(uploadAtom);
  return (
    <button
      type="button"
      data-testid="add-articles"
      className={s.open ? "active" : ""}
      onClick={() => (s.open ? uploadActions.close() : uploadActions.open())}
      title="Add articles (.txt, .html, .md) to the graph"
    >
      ＋ Add articles
    </button>
  );
}

export function UploadPanel() {
  const s = useAtom(uploadAtom);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  if (!s.open) return null;
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void uploadActions.add([...e.dataTransfer.files]);
  };
  return (
    <section className="upload-panel" data-testid="upload-panel" aria-label="Add articles" data-busy={s.busy}>
      <div className="upload-head">
        <h3>Add articles</h3>
        <button type="button" className="link" onClick={() => uploadActions.close()} aria-label="Close">
          ✕
        </button>
      </div>
      <div
        className={`drop-zone${over ? " over" : ""}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>Drop article files here (.txt, .html, .htm, .md)</p>
        <button type="button" disabled={s.busy} onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="upload-input"
          accept=".txt,.html,.htm,.md,text/plain,text/html,text/markdown"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            void uploadActions.add(files);
          }}
        />
      </div>
      {s.total > 0 && (
        <div className="upload-progress">
          <progress max={s.total} value={s.done} data-testid="upload-progress" />
          <span>
            {s.busy ? `${s.done} of ${s.total} read` : `${s.items.filter((i) => i.state === "loaded").length} loaded`}
          </span>
          {!s.busy && (
            <button type="button" className="link" onClick={() => uploadActions.clear()}>
              clear
            </button>
          )}
        </div>
      )}
      {s.error && (
        <p className="upload-error" role="alert">
          {s.error}
        </p>
      )}
      <ul className="upload-files" data-testid="upload-files">
        {s.items.map((it) => (
          <li key={it.name} data-testid="upload-file" data-name={it.name} data-state={it.state}>
            <span className="upload-name" title={it.name}>
              {it.name}
            </span>
            <span className={`upload-state ${it.state}`}>{LABELS[it.state]}</span>
            {it.reason && (
              <span className="upload-reason" data-testid="upload-reason">
                {it.reason}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
