/**
 * "Save session" and "Open session" in the top bar, and the notice after opening
 * one: how many nodes were drawn, whether it was made on this store, and the
 * nodes this store lacks (listed, not drawn).
 */
import { useRef } from "react";
import { useAtom } from "../../core/atom.js";
import { Icon } from "../../core/icons.js";
import { SESSION_EXTENSION } from "../../core/session.js";
import { sessionActions, sessionAtom } from "./index.js";

export function SessionMenu() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        data-testid="session-save"
        title="Save the canvas, filters, time range, selection and queries as a session file"
        onClick={() => void sessionActions.save()}
      >
        <Icon name="save" />
        Save session
      </button>
      <button
        type="button"
        data-testid="session-open"
        title="Open a session file saved earlier (or by a colleague)"
        onClick={() => input.current?.click()}
      >
        <Icon name="folder" />
        Open session
      </button>
      <input
        ref={input}
        type="file"
        accept={`${SESSION_EXTENSION},.json,application/json`}
        data-testid="session-file"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) void sessionActions.open(f);
        }}
      />
    </>
  );
}

export function SessionNotice() {
  const s = useAtom(sessionAtom);
  if (s.status === "idle" || s.status === "saving") return null;
  return (
    <div
      className={`session-notice${s.status === "error" ? " error" : ""}`}
      data-testid="session-notice"
      data-status={s.status}
      data-missing={s.missing.length}
      role="status"
    >
      <button type="button" className="link dismiss" onClick={() => sessionActions.dismiss()} aria-label="Dismiss">
        ✕
      </button>
      {s.status === "opening" && <p>Opening {s.file}…</p>}
      {s.status === "saved" && (
        <p>
          Saved {s.file} ({s.drawn} nodes).
        </p>
      )}
      {s.status === "error" && <p>{s.error}</p>}
      {s.status === "open" && (
        <>
          <p>
            Opened {s.file}: {s.drawn} nodes drawn
            {s.sameStore === false
              ? " — made on another store."
              : s.sameContent === false
                ? " — the store has changed since it was saved."
                : "."}
          </p>
          {s.missing.length > 0 && (
            <>
              <p className="muted">
                {s.missing.length} node{s.missing.length > 1 ? "s" : ""} of this session{" "}
                {s.missing.length > 1 ? "are" : "is"} not in this store:
              </p>
              <ul className="session-missing" data-testid="session-missing">
                {s.missing.map((m) => (
                  <li key={m.id} data-id={m.id} title={m.id}>
                    <span className="missing-name">{m.label}</span> <span className="muted small">{m.kind}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
