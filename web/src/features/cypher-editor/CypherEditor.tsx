/**
 * CodeMirror 6 editor for Cypher: highlighting (legacy cypher mode), schema autocomplete, Ctrl/Cmd+Enter runs.
 * The run key is handled here and not passed on (the page-wide shortcut would run the query a second time),
 * and a run closes the autocomplete popup.
 */
import { useEffect, useRef } from "react";
import { autocompletion, closeBrackets, closeCompletion } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { StreamLanguage, bracketMatching, syntaxHighlighting } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { cypherCompletions } from "./completion.js";

export function CypherEditor({
  value,
  onChange,
  onRun,
  running = false,
}: {
  value: string;
  onChange: (q: string) => void;
  onRun: (q: string) => void;
  /** While true (a query is running), the autocomplete popup stays closed. */
  running?: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const cb = useRef({ onChange, onRun });
  // The editor is built once; its key bindings call the latest callbacks through this ref.
  useEffect(() => {
    cb.current = { onChange, onRun };
  });

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          keymap.of([
            { key: "Mod-Enter", run: (ed) => (closeCompletion(ed), cb.current.onRun(ed.state.doc.toString()), true) },
            { key: "Shift-Enter", run: (ed) => (closeCompletion(ed), cb.current.onRun(ed.state.doc.toString()), true) },
            ...historyKeymap,
            ...defaultKeymap,
          ]),
          history(),
          lineNumbers(),
          bracketMatching(),
          closeBrackets(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(classHighlighter),
          autocompletion({ override: [cypherCompletions] }),
          placeholder("MATCH (n:Agency) RETURN n LIMIT 25"),
          EditorView.lineWrapping,
          // the run keys stop here: the window's shortcut handler must not run the query again
          Prec.highest(
            EditorView.domEventHandlers({
              keydown: (e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey || e.shiftKey)) e.stopPropagation();
                return false;
              },
            }),
          ),
          EditorView.updateListener.of((u) => u.docChanged && cb.current.onChange(u.state.doc.toString())),
        ],
      }),
    });
    view.current = v;
    return () => v.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // external changes (an example or a history entry chosen) replace the document
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value)
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    if (running && view.current) closeCompletion(view.current);
  }, [running]);

  return <div ref={host} className="cypher-editor" data-testid="cypher-editor" />;
}
