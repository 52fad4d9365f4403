/**
 * PNG of the canvas: sigma's WebGL layers are read right after a render (the
 * drawing buffer is only valid then), composited over the theme's background.
 */
import type Sigma from "sigma";

export function toPng(sigma: Sigma, background: string): Promise<Blob> {
  return new Promise((resolve, reject) => {
    sigma.once("afterRender", () => {
      try {
        const container = sigma.getContainer();
        const { width, height } = sigma.getDimensions();
        const ratio = window.devicePixelRatio || 1;
        const out = document.createElement("canvas");
        out.width = Math.round(width * ratio);
        out.height = Math.round(height * ratio);
        const ctx = out.getContext("2d")!;
        ctx.fillStyle = background;
        ctx.fillRect(0, 0, out.width, out.height);
        for (const c of Array.from(container.querySelectorAll("canvas"))) {
          if (c.width === 0 || c.height === 0 || getComputedStyle(c).display === "none") continue;
          ctx.drawImage(c, 0, 0, out.width, out.height);
        }
        out.toBlob(
          (b) => (b ? resolve(b) : reject(new Error("export/png: the canvas could not be encoded."))),
          "image/png",
        );
      } catch (err) {
        reject(err);
      }
    });
    sigma.refresh();
  });
}
