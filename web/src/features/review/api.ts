/** The entity review API (/api/review, server/review.ts), typed; errors carry the server's message. */
import type { CandidatesResponse, Override, ReviewResponse } from "../../../../schema/review.js";
import type { SearchResponse } from "../../../../schema/api.js";

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(
    path,
    body === undefined
      ? undefined
      : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
  );
  const answer = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(answer.error ?? `${path} answered ${res.status}`);
  return answer;
}

const enc = encodeURIComponent;

export const reviewApi = {
  candidates: (id: string) => call<CandidatesResponse>(`/api/review/candidates?id=${enc(id)}`),
  search: (q: string) => call<SearchResponse>(`/api/search?q=${enc(q)}&limit=10`),
  list: async () => (await call<{ overrides: Override[] }>("/api/review")).overrides,
  merge: (a: string, b: string, name?: string) =>
    call<ReviewResponse>("/api/review/merge", { a, b, name: name || null }),
  split: (a: string, alias: string) => call<ReviewResponse>("/api/review/split", { a, alias }),
  undo: (n: number) => call<ReviewResponse>("/api/review/undo", { n }),
};
