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

/** Every node the reducers draw (not hidden), with its viewport position once the camera has settled. */
export async function placement(page: Page): Promise<Placement> {
  // the fit waits for sigma's next render, then animates: wait until none is pending or moving, however slow the machine
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => window.__kgCamera && !window.__kgCamera.busy(), null, { timeout: 20_000 });
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    const sigma = window.__kg!.sigma!;
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
    return { visible, outside, width, height, labelled: sigma.getNodeDisplayedLabels().size };
  });
}
