/**
 * KG_KUZU_BUFFER_MB: the embedded store's buffer pool size, checked with a clear error, and used by a real
 * Kuzu database (a handle opened with it answers queries).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_BUFFER_MB, KuzuStore, bufferPoolMB } from "../../store/kuzu.js";

describe("KG_KUZU_BUFFER_MB", () => {
  it("defaults to Kuzu's own pool (a bounded one fails the checkpoint of a large store)", () => {
    expect(bufferPoolMB({})).toBe(DEFAULT_BUFFER_MB);
    expect(DEFAULT_BUFFER_MB).toBe(0);
  });
  it.each(["256", "64", "0"])("takes %s", (v) => expect(bufferPoolMB({ KG_KUZU_BUFFER_MB: v })).toBe(Number(v)));
  it.each(["12", "-1", "1.5", "lots"])("refuses %j, naming the variable", (v) =>
    expect(() => bufferPoolMB({ KG_KUZU_BUFFER_MB: v })).toThrow(/invalid `KG_KUZU_BUFFER_MB`/),
  );
  it("a store opened with it works, and a bad value stops the open with the variable named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-buffer-"));
    const before = process.env.KG_KUZU_BUFFER_MB;
    try {
      process.env.KG_KUZU_BUFFER_MB = "64";
      const store = new KuzuStore({ dataDir: dir });
      await store.init();
      expect(await store.version()).toMatch(/^Kuzu /);
      await store.close();
      process.env.KG_KUZU_BUFFER_MB = "nope";
      expect(() => new KuzuStore({ dataDir: dir })).toThrow(/KG_KUZU_BUFFER_MB/);
    } finally {
      if (before === undefined) delete process.env.KG_KUZU_BUFFER_MB;
      else process.env.KG_KUZU_BUFFER_MB = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
