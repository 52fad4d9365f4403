/**
 * Adding articles from the explorer: files chosen with "Add articles" or
 * dropped on the drop zone are read, uploaded in parts (POST /api/ingest),
 * and each file's state is shown as the server reports it: waiting, uploaded,
 * extracted, then loaded, unchanged, duplicate or rejected with the reason.
 * What the upload adds to the graph arrives as a notice (features/live).
 */
import { atom } from "../../core/atom.js";
import { uploadArticles, type UploadFile, type UploadFileResult } from "../../api/upload.js";

export type FileState = "waiting" | "uploading" | "extracted" | UploadFileResult["status"] | "failed";

export interface UploadItem {
  name: string;
  size: number;
  state: FileState;
  reason?: string;
}

export interface UploadState {
  open: boolean;
  busy: boolean;
  items: UploadItem[];
  /** Files extracted by the server so far, of `total`. */
  done: number;
  total: number;
  error: string | null;
}

export const uploadAtom = atom<UploadState>({ open: false, busy: false, items: [], done: 0, total: 0, error: null });

/** One upload request carries at most this many bytes of base64. */
const PART_BYTES = 16 * 2 ** 20;

/** A file's bytes as base64 (in slices: String.fromCharCode takes a bounded argument list). */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Producers: the state of the files named, set to `state`. */
const withState =
  (names: ReadonlySet<string>, state: FileState, reason?: string) =>
  (s: UploadState): UploadState => ({
    ...s,
    items: s.items.map((it) => (names.has(it.name) ? { ...it, state, reason } : it)),
  });

export const uploadActions = {
  open: () => uploadAtom.set((s) => ({ ...s, open: true })),
  close: () => uploadAtom.set((s) => ({ ...s, open: false })),
  clear: () => uploadAtom.set((s) => (s.busy ? s : { ...s, items: [], done: 0, total: 0, error: null })),

  /** Upload files; resolves when the server has answered for every one. */
  async add(files: File[]) {
    if (!files.length || uploadAtom.get().busy) return;
    const items: UploadItem[] = files.map((f) => ({ name: f.name, size: f.size, state: "waiting" }));
    uploadAtom.set((s) => ({ ...s, open: true, busy: true, items, done: 0, total: files.length, error: null }));
    // parts of at most PART_BYTES
    const parts: Array<Array<{ file: File; upload: UploadFile }>> = [[]];
    let size = 0;
    for (const file of files) {
      const content = await toBase64(file);
      if (parts[parts.length - 1].length && size + content.length > PART_BYTES) {
        parts.push([]);
        size = 0;
      }
      parts[parts.length - 1].push({ file, upload: { name: file.name, content } });
      size += content.length;
    }
    let offset = 0;
    try {
      for (const part of parts) {
        const names = new Set(part.map((p) => p.file.name));
        uploadAtom.set(withState(names, "uploading"));
        const base = offset;
        const report = await uploadArticles(
          part.map((p) => p.upload),
          (line) => {
            if (line.type !== "progress") return;
            uploadAtom.set((s) => withState(new Set([line.name]), "extracted")({ ...s, done: base + line.done }));
          },
        );
        for (const r of report.files) uploadAtom.set(withState(new Set([r.name]), r.status, r.reason));
        offset += part.length;
        uploadAtom.set((s) => ({ ...s, done: offset }));
      }
    } catch (err) {
      const left = new Set(
        uploadAtom
          .get()
          .items.filter((it) => it.state === "waiting" || it.state === "uploading" || it.state === "extracted")
          .map((it) => it.name),
      );
      uploadAtom.set((s) => ({
        ...withState(left, "failed", (err as Error).message)(s),
        error: (err as Error).message,
      }));
    } finally {
      uploadAtom.set((s) => ({ ...s, busy: false }));
    }
  },
};
