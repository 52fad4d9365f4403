/**
 * Helpers for the researcher suites: where the canvas's visible nodes are drawn
 * (viewport pixels through sigma's own coordinate conversion) and which labels sigma drew.
 */
import type { Page } from "playwright-core";

export interface Placement {
  visible: number;
  outside: string[];
  width: number;
  height: number;
  labelled: number;
}

/** Two animation frames: sigma's pending render (queued before this) has drawn. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Wait until the camera rests and sigma has rendered since. The fit waits for sigma's next render, then animates:
 * wait until none is pending or moving, however slow the machine. Then wait for one more sigma render, not for
 * time: between a change of the graph sigma draws and its next render, sigma's display data hold raw graph
 * coordinates (not yet framed), so on a starved machine a measure taken after a timer put every node of a
 * correct fit "outside" the canvas, and the next render drew them all inside.
 */
export async function cameraAtRest(page: Page): Promise<void> {
  await twoFrames(page);
  await page.waitForFunction(() => window.__kgCamera && !window.__kgCamera.busy(), null, { timeout: 20_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const sigma = window.__kg?.sigma;
        if (!sigma) return resolve();
        sigma.once("afterRender", () => resolve());
        sigma.scheduleRender();
      }),
  );
}

/** Every node the reducers draw (not hidden), with its viewport position once the camera has settled. */
export async function placement(page: Page): Promise<Placement> {
  await cameraAtRest(page);
  // measured in a render's afterRender: display data framed, the matrix the camera's, the labels those drawn
  return page.evaluate(
    () =>
      new Promise<Placement>((resolve) => {
        const sigma = window.__kg!.sigma!;
        sigma.once("afterRender", () => {
          const { width, height } = sigma.getDimensions();
          const outside: string[] = [];
          let visible = 0;
          window.__kg!.graph.forEachNode((id) => {
            const d = sigma.getNodeDisplayData(id) as unknown as {
              x: number;
              y: number;
              visibility?: string;
              hidden?: boolean;
            };
            if (!d || d.visibility === "hidden" || d.hidden) return;
            visible++;
            const v = sigma.framedGraphToViewport(d);
            if (v.x < 0 || v.y < 0 || v.x > width || v.y > height) outside.push(id);
          });
          resolve({ visible, outside, width, height, labelled: sigma.getNodeDisplayedLabels().size });
        });
        sigma.scheduleRender();
      }),
  );
}
