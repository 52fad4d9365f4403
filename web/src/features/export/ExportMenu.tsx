/** The top-bar Export menu: every format for what is visible on the canvas. */
import { useEffect, useRef, useState } from "react";
import { EXPORT_FORMATS, FORMAT_LABELS, exportActions, openSavedGraph } from "./index.js";

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener("mousedown", close);
    return () => window.removeEventListener("mousedown", close);
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        data-testid="export-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Export ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu">
          <li className="menu-note">What is visible on the canvas</li>
          {EXPORT_FORMATS.map((f) => (
            <li key={f} role="none">
              <button
                type="button"
                role="menuitem"
                data-testid={`export-${f}`}
                onClick={() => {
                  setOpen(false);
                  void exportActions.run(f);
                }}
              >
                {FORMAT_LABELS[f]}
                <span className="muted small">.{f === "cypher" ? "cypher" : f}</span>
              </button>
            </li>
          ))}
          <li className="menu-sep" role="separator" />
          <li role="none">
            <button type="button" role="menuitem" data-testid="open-saved" onClick={() => file.current?.click()}>
              Open a saved graph…<span className="muted small">.json</span>
            </button>
          </li>
        </ul>
      )}
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          setOpen(false);
          if (f) void openSavedGraph(f);
          e.target.value = "";
        }}
      />
    </div>
  );
}
