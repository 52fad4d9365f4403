/** Light/dark theme: an atom, persisted in localStorage, applied as `data-theme` on <html>. */
import { atom } from "../../core/atom.js";

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** Canvas colours per theme (the rest of the UI reads CSS variables). */
export const CANVAS_COLORS: Record<
  Theme,
  { label: string; edge: string; dim: string; dimEdge: string; backdrop: string; highlightEdge: string }
> = {
  light: {
    label: "#1f2430",
    edge: "#c3cad5",
    dim: "#e4e7ec",
    dimEdge: "#eef0f3",
    backdrop: "#ffffff",
    highlightEdge: "#5b6577",
  },
  dark: {
    label: "#e6e9ef",
    edge: "#4a5262",
    dim: "#2c313b",
    dimEdge: "#242830",
    backdrop: "#1c2029",
    highlightEdge: "#aab4c5",
  },
};

const stored = typeof localStorage !== "undefined" ? localStorage.getItem("kg.theme") : null;
const initial: Theme =
  stored === "dark" || stored === "light"
    ? stored
    : typeof matchMedia !== "undefined" && matchMedia("(prefers-color-scheme: dark)").matches
      ? "dark"
      : "light";

export const themeAtom = atom<Theme>(initial);

export const themeActions = {
  set(theme: Theme) {
    themeAtom.set(theme);
  },
  toggle() {
    themeAtom.set((t) => (t === "light" ? "dark" : "light"));
  },
};

function apply() {
  if (typeof document === "undefined") return;
  document.documentElement.dataset.theme = themeAtom.get();
  try {
    localStorage.setItem("kg.theme", themeAtom.get());
  } catch {
    /* private mode: theme just isn't remembered */
  }
}
// the stored theme is on <html> before the first paint (no flash of the other theme)
apply();

/** Apply the theme on every change (set up in the app's effect; returns the unsubscribe). */
export function subscribeTheme(): () => void {
  apply();
  return themeAtom.subscribe(apply);
}
