/** The notice of what new articles added: "12 new entities, 30 new relationships — show them". */
import { useEffect } from "react";
import { useAtom } from "../../core/atom.js";
import { liveActions, liveAtom, noticeText } from "./index.js";

export function LiveNotice() {
  const s = useAtom(liveAtom);
  useEffect(() => liveActions.listen(), []);
  if (!s.notice && !s.error) return null;
  return (
    <div className={`live-notice${s.error ? " error" : ""}`} role="status" data-testid="live-notice">
      {s.notice && <span>{noticeText(s.notice)} — </span>}
      {s.notice && (
        <button
          type="button"
          className="link"
          data-testid="live-show"
          disabled={s.adding}
          onClick={() => void liveActions.show()}
        >
          {s.adding ? "adding…" : "show them"}
        </button>
      )}
      {s.error && <span>{s.error}</span>}
      <button type="button" className="link" onClick={() => liveActions.dismiss()} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
