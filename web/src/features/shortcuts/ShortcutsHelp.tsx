/** The "?" overlay listing the keyboard shortcuts. */
import { useAtom } from "../../core/atom.js";
import { SHORTCUTS, helpOpenAtom } from "./index.js";

export function ShortcutsHelp() {
  const open = useAtom(helpOpenAtom);
  if (!open) return null;
  return (
    <div className="doc-overlay" onMouseDown={(e) => e.target === e.currentTarget && helpOpenAtom.set(false)}>
      <div className="help" data-testid="shortcuts-help" role="dialog" aria-label="Keyboard shortcuts">
        <h2>Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map((s) => (
            <div key={s.keys}>
              <dt>
                {s.keys.split("+").map((k, i) => (
                  <span key={k}>
                    {i > 0 && "+"}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{s.description}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
