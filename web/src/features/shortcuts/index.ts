/**
 * Keyboard shortcuts, one table: "/" search (in SearchBox), Esc closes or
 * clears, Ctrl/Cmd+Enter runs the Cypher query, Ctrl/Cmd+Z / Shift+Z undo and
 * redo canvas steps, and single keys for the canvas when not typing.
 */
import { useEffect } from "react";
import { atom } from "../../core/atom.js";
import { workbenchActions, workbenchAtom } from "../cypher-editor/index.js";
import { documentActions, documentAtom } from "../documents/index.js";
import { canvasActions, selectionAtom } from "../graph-canvas/index.js";
import { themeActions } from "../theme/index.js";

export const helpOpenAtom = atom(false);

export interface Shortcut {
  keys: string;
  description: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: "/", description: "Search" },
  { keys: "Esc", description: "Close the article / help, or clear the selection" },
  { keys: "Ctrl+Enter", description: "Run the Cypher query" },
  { keys: "Ctrl+Z", description: "Undo a canvas step (expand, hide, remove…)" },
  { keys: "Ctrl+Shift+Z", description: "Redo" },
  { keys: "c", description: "Open or close the Cypher workbench" },
  { keys: "e", description: "Expand the selected node" },
  { keys: "f", description: "Fit the graph to the view" },
  { keys: "l", description: "Start or stop the layout" },
  { keys: "t", description: "Switch light / dark theme" },
  { keys: "?", description: "Show these shortcuts" },
];

function isTyping(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return (
    !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable)
  );
}

export function handleKey(e: KeyboardEvent): void {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && e.key === "Enter") {
    if (!workbenchAtom.get().open) workbenchActions.open();
    else void workbenchActions.run();
    e.preventDefault();
    return;
  }
  if (e.key === "Escape") {
    if (helpOpenAtom.get()) helpOpenAtom.set(false);
    else if (documentAtom.get().status !== "closed") documentActions.close();
    else if (!isTyping(e.target)) canvasActions.select(null);
    return;
  }
  if (isTyping(e.target)) return;
  if (mod && (e.key === "z" || e.key === "Z")) {
    e.preventDefault();
    if (e.shiftKey) canvasActions.redo();
    else canvasActions.undo();
    return;
  }
  if (mod && e.key === "y") {
    e.preventDefault();
    canvasActions.redo();
    return;
  }
  if (mod || e.altKey) return;
  switch (e.key) {
    case "c":
      workbenchActions.toggle();
      break;
    case "e": {
      const sel = selectionAtom.get();
      if (sel?.type === "node") void canvasActions.expand(sel.id);
      break;
    }
    case "f":
      canvasActions.fit();
      break;
    case "l":
      canvasActions.toggleLayout();
      break;
    case "t":
      themeActions.toggle();
      break;
    case "?":
      helpOpenAtom.set((o) => !o);
      break;
    default:
      return;
  }
  e.preventDefault();
}

export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener("keydown", handleKey);
    return () => window.removeEventListener("keydown", handleKey);
  }, []);
}
