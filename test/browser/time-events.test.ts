/**
 * Events in time: "what happened after the 924 notice" — From = 2021-09-24 leaves
 * on the canvas only events dated on or after it (and what they connect), with the
 * undated events listed apart and counted. At 1440×900 and 1280×800.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realErrors, screenshot, startSuite, stopSuite, type Suite } from "./harness.js";

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => stopSuite(suite));

const FROM = "2021-09-24";

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  describe(`time filter at ${viewport.width}×${viewport.height}`, () => {
    it(`From = ${FROM} leaves only events dated after it, the undated listed apart`, async () => {
      const { page, problems } = await suite.open("/", { viewport, minNodes: 30 });
      const total = await page.evaluate(() => window.__kg!.graph.order);
      await page.fill('[data-testid="date-from"]', FROM);
      await page.waitForTimeout(600);
      const r = await page.evaluate(() => {
        const { graph, sigma } = window.__kg!;
        const shown = (n: string) => sigma!.getNodeDisplayData(n)?.visibility !== "hidden";
        const shownE = (e: string) => sigma!.getEdgeDisplayData(e)?.visibility !== "hidden";
        const nodes = graph.filterNodes(shown).map((n) => ({
          id: n,
          date: graph.getNodeAttribute(n, "date") as string | null,
          // a dated neighbour through a shown edge, or a shown dated edge
          linked: graph
            .edges(n)
            .some(
              (e) =>
                shownE(e) &&
                (!!graph.getEdgeAttribute(e, "date") ||
                  graph.extremities(e).some((x) => !!graph.getNodeAttribute(x, "date"))),
            ),
        }));
        const edges = graph.filterEdges(shownE).map((e) => ({
          id: e,
          kind: graph.getEdgeAttribute(e, "kind") as string,
          date: graph.getEdgeAttribute(e, "date") as string | null,
          ends: graph.extremities(e).map((x) => graph.getNodeAttribute(x, "date") as string | null),
        }));
        return { nodes, edges };
      });
      expect(r.nodes.length).toBeGreaterThan(0);
      expect(r.nodes.length).toBeLessThan(total);
      for (const n of r.nodes) {
        if (n.date) expect(n.date >= FROM, `${n.id} dated ${n.date}`).toBe(true);
        else expect(n.linked, `${n.id} is undated and shown without an event in range`).toBe(true);
      }
      for (const e of r.edges) {
        if (e.date) expect(e.date >= FROM, `${e.id} dated ${e.date}`).toBe(true);
        else
          expect(
            e.ends.some((d) => !!d && d >= FROM),
            `${e.id} undated and shown`,
          ).toBe(true);
      }
      // the undated events are listed apart, and counted
      const undated = page.locator('[data-testid="undated-events"]');
      if ((await undated.count()) > 0) {
        const count = Number(await undated.getAttribute("data-count"));
        const listed = await page.locator('[data-testid="undated-event"]').count();
        const undatedMeasures = await page.evaluate(
          () => window.__kg!.graph.filterNodes((_, a) => a.kind === "Measure" && !a.date).length,
        );
        expect(count).toBe(listed + undatedMeasures);
        expect(await undated.getAttribute("open")).not.toBeNull();
      }
      // the event list marks exactly the events dated after the notice
      const items = await page.$$eval('[data-testid="event-item"]', (els) =>
        els.map((e) => ({ date: e.getAttribute("data-date")!, on: e.getAttribute("data-in-range") === "true" })),
      );
      for (const i of items) expect(i.on).toBe(i.date >= FROM);
      await screenshot(page, `time-after-924-${viewport.width}`);
      expect(realErrors(problems)).toEqual([]);
      await page.context().close();
    });
  });
}
