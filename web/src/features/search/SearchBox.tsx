/** The top-bar search box with suggestions (kind, name, matching aliases). "/" focuses it. */
import { useEffect, useRef } from "react";
import { useAtom } from "../../core/atom.js";
import { LABEL_COLORS } from "../../core/schema.js";
import { searchActions, searchAtom } from "./index.js";

export function SearchBox() {
  const s = useAtom(searchAtom);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      const typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
      if (e.key === "/" && !typing) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const q = s.query.trim();
  return (
    <div className="search" role="combobox" aria-expanded={s.open} aria-haspopup="listbox">
      <span className="search-icon" aria-hidden>
        <svg width="15" height="15" viewBox="0 0 16 16">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M11 11l3.5 3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </span>
      <input
        ref={input}
        data-testid="search-input"
        type="search"
        placeholder="Search agencies, provinces, companies, measures…  (简/繁)"
        value={s.query}
        onChange={(e) => searchActions.setQuery(e.target.value)}
        onFocus={() => q && searchActions.setQuery(s.query)}
        onBlur={() => setTimeout(() => document.activeElement !== input.current && searchActions.close(), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            searchActions.move(1);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            searchActions.move(-1);
          } else if (e.key === "Enter") {
            e.preventDefault();
            void searchActions.chooseActive();
          } else if (e.key === "Escape") {
            searchActions.close();
            input.current?.blur();
          }
        }}
        aria-label="Search the graph"
      />
      <kbd className="search-kbd">/</kbd>
      {s.open && q && (
        <ul
          className={s.hitsFor === q ? "search-results" : "search-results stale"}
          role="listbox"
          data-testid="search-results"
          data-current={s.hitsFor === q}
        >
          {s.loading && s.hits.length === 0 && <li className="search-empty">Searching…</li>}
          {s.error && <li className="search-empty error">{s.error}</li>}
          {!s.loading && !s.error && s.hits.length === 0 && <li className="search-empty">No match for “{q}”</li>}
          {s.normalized && s.normalized !== q && s.hits.length > 0 && (
            <li className="search-note">matching as “{s.normalized}”</li>
          )}
          {s.hits.map((h, i) => {
            const alias = h.aliases?.find(
              (a) => a !== h.name && (a.includes(q) || (s.normalized ? a.includes(s.normalized) : false)),
            );
            return (
              <li
                key={h.id}
                role="option"
                aria-selected={i === s.active}
                data-testid="search-result"
                data-id={h.id}
                className={i === s.active ? "active" : ""}
                onMouseDown={(e) => {
                  e.preventDefault();
                  void searchActions.choose(h);
                }}
              >
                <span className="dot" style={{ background: LABEL_COLORS[h.label] }} />
                <span className="hit-name">{h.name}</span>
                {alias && <span className="hit-alias">= {alias}</span>}
                <span className="hit-kind">{h.label}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
