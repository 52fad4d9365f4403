/**
 * Entity review in the inspector: "Merge with…" (a search box for entities of the same kind, and the suggested
 * merge candidates) and "Split alias" per alias. Decisions go to /api/review; the canvas then drops the merged
 * entity, adds the split one, and the inspector shows the result.
 */
import { useEffect, useState } from "react";
import type { KgNode } from "../../core/schema.js";
import type { MergeCandidate } from "../../../../schema/review.js";
import type { SearchHit } from "../../../../schema/api.js";
import { api } from "../../api/client.js";
import { canvasActions, graphAtom } from "../graph-canvas/index.js";
import { applyMerge } from "../../core/producers.js";
import { reviewApi } from "./api.js";

const REASONS: Record<MergeCandidate["reason"], string> = {
  "same-name": "same name",
  "name-is-alias": "name is an alias",
  "short-form-in-province": "same short form, same province",
  "shared-alias": "shared alias",
};

export function ReviewPanel({ node }: { node: KgNode }) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [candidates, setCandidates] = useState<MergeCandidate[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const aliases = Array.isArray(node.properties.aliases) ? (node.properties.aliases as string[]) : [];

  // the panel is keyed by the node (Inspector), so its state starts afresh for each entity
  useEffect(() => {
    let live = true;
    reviewApi.candidates(node.id).then(
      (r) => live && setCandidates(r.candidates),
      () => live && setCandidates([]),
    );
    return () => {
      live = false;
    };
  }, [node.id]);

  const query = open ? q.trim() : "";
  useEffect(() => {
    if (!query) return;
    let live = true;
    const t = setTimeout(() => {
      reviewApi.search(query).then(
        (r) => live && setHits(r.hits.filter((h) => h.label === node.label && h.id !== node.id)),
        () => live && setHits([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, node.id, node.label]);
  const shownHits = query ? hits : [];

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await what();
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const merge = (other: { id: string; name: string }) =>
    run(async () => {
      const r = await reviewApi.merge(node.id, other.id);
      // on the canvas: the other's relationships move onto the entity that stays (undoable)
      const kept = r.entities.find((e) => e.id === node.id);
      if (graphAtom.get().hasNode(other.id))
        canvasActions.update(applyMerge({ into: kept ?? node.id, from: [other.id] }), {
          record: `merge ${other.name}`,
        });
      setOpen(false);
      setQ("");
      setMessage({
        error: false,
        text: `Merged ${other.name} into ${String(r.entities[0]?.properties.name ?? node.id)} (decision #${r.override.id}).`,
      });
      await canvasActions.selectNode(node.id);
    });

  const split = (alias: string) =>
    run(async () => {
      const r = await reviewApi.split(node.id, alias);
      const into = r.override.op === "split" ? r.override.into.id : null;
      if (into && graphAtom.get().hasNode(node.id))
        canvasActions.add(await api.nodes([node.id, into]), { around: node.id });
      setMessage({ error: false, text: `Split ${alias} into its own entity (decision #${r.override.id}).` });
      await canvasActions.selectNode(node.id);
    });

  return (
    <section className="review-panel" data-testid="review-panel">
      <h3>Review</h3>
      <div className="inspector-actions">
        <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open} disabled={busy}>
          Merge with…
        </button>
      </div>
      {open && (
        <div className="review-merge">
          <input
            type="search"
            lang="zh"
            placeholder={`Find a ${node.label} to merge into this one`}
            aria-label="Entity to merge into this one"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            autoFocus
          />
          <ul className="review-hits" data-testid="review-hits">
            {shownHits.map((h) => (
              <li key={h.id}>
                <button type="button" disabled={busy} onClick={() => void merge(h)} title={h.id}>
                  Merge <span lang="zh">{h.name}</span> into this
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!!candidates?.length && (
        <div className="review-candidates" data-testid="review-candidates">
          <div className="muted small">May be the same entity:</div>
          <ul>
            {candidates.map((c) => (
              <li key={c.id}>
                <span lang="zh" title={c.id}>
                  {c.name}
                </span>{" "}
                <span className="muted small">
                  ({REASONS[c.reason]}
                  {c.shared.length ? `: ${c.shared.join("、")}` : ""})
                </span>{" "}
                <button type="button" disabled={busy} onClick={() => void merge(c)}>
                  Merge
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {aliases.length > 0 && (
        <div className="review-aliases" data-testid="review-aliases">
          <div className="muted small">Aliases — split one off when it names another entity:</div>
          <ul>
            {aliases.map((a) => (
              <li key={a}>
                <span lang="zh">{a}</span>{" "}
                <button type="button" disabled={busy} onClick={() => void split(a)} aria-label={`Split alias ${a}`}>
                  Split alias
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {message && (
        <p className={message.error ? "error" : "muted small"} role="status" data-testid="review-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
