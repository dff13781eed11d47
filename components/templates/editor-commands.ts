import type { EditorView } from '@codemirror/view';

// Type-only import: these run on the view the dynamically loaded editor hands over, so the
// page bundle does not pull CodeMirror in.

/** Puts the cursor at a 1-based line and column and shows it. */
export function jumpTo(view: EditorView, line: number, column: number) {
  const doc = view.state.doc;
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  const anchor = Math.min(target.from + Math.max(column - 1, 0), target.to);
  view.dispatch({ selection: { anchor }, scrollIntoView: true });
  view.focus();
}

/** Inserts text at the cursor (replacing the selection) and keeps the focus in the editor. */
export function insertAtCursor(view: EditorView, text: string) {
  view.dispatch(view.state.replaceSelection(text), { scrollIntoView: true });
  view.focus();
}
