/** Overlap: keep the longest non-overlapping candidates. */
import type { Cand } from "./shared.js";

/** Keep the longest non-overlapping candidates (ties: higher priority, earlier). */
export function choose(cands: Cand[], taken: Cand[] = []): Cand[] {
  const sorted = cands
    .slice()
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen = taken.slice();
  let max = 0;
  for (const x of taken) if (x.end > max) max = x.end;
  for (const x of cands) if (x.end > max) max = x.end;
  const used = new Uint8Array(max + 1);
  for (const x of taken) used.fill(1, x.start, x.end);
  for (const c of sorted) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) if (used[k]) free = false;
    if (!free) continue;
    chosen.push(c);
    used.fill(1, c.start, c.end);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
