'use client';

import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { xml } from '@codemirror/lang-xml';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { Decoration, type DecorationSet, MatchDecorator, ViewPlugin, type ViewUpdate } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import { useEffect, useRef } from 'react';
import type { TemplateFormat } from '@/lib/templates/escape';

export type CodeEditorProps = {
  value: string;
  onChange: (value: string) => void;
  format: TemplateFormat;
  isReadOnly?: boolean;
  /** What typing %% offers: `label` is the whole token, `detail` its group. */
  completions: Completion[];
  /** 1-based lines to tint as erroneous. */
  issueLines?: readonly number[];
  ariaLabel: string;
  ariaDescribedBy?: string;
  onReady?: (view: EditorView | null) => void;
};

const TOKEN = /%%[A-Za-z0-9_]+%%/g;

/** %%NAME%% tokens stand out from the vendor syntax around them. */
const tokenMatcher = new MatchDecorator({ regexp: TOKEN, decoration: Decoration.mark({ class: 'cm-pp-token' }) });
const tokenHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = tokenMatcher.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = tokenMatcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** Offers placeholders after an opening %% (not after the closing %% of a token just typed). */
function placeholderCompletions(options: () => Completion[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/%%[A-Za-z0-9_]*/);
    if (!word) return null;
    const line = context.state.doc.lineAt(word.from);
    const before = line.text.slice(0, word.from - line.from).replace(TOKEN, '');
    if (/%%[A-Za-z0-9_]+$/.test(before)) return null;
    return { from: word.from, options: options(), validFor: /^%%[A-Za-z0-9_]*$/ };
  };
}

const issueLineDeco = Decoration.line({ class: 'cm-issue-line' });
const issueHighlight = (lines: readonly number[]): Extension =>
  EditorView.decorations.of((view) => {
    const { doc } = view.state;
    const ranges = [...new Set(lines)]
      .filter((n) => n >= 1 && n <= doc.lines)
      .sort((a, b) => a - b)
      .map((n) => issueLineDeco.range(doc.line(n).from));
    return Decoration.set(ranges);
  });

const theme = EditorView.theme({
  '&': { fontSize: '13px', height: '100%', backgroundColor: '#fff' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace', lineHeight: '1.6' },
  '.cm-gutters': { backgroundColor: '#f8fafc', borderRight: '1px solid #e2e8f0', color: '#94a3b8' },
  '.cm-pp-token, .cm-pp-token span': { color: '#4338ca', fontWeight: '600' },
  '.cm-pp-token': { backgroundColor: '#eef2ff', borderRadius: '3px' },
  '.cm-issue-line': { backgroundColor: '#fef2f2' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: '#4f46e5' },
  '.cm-completionDetail': { fontStyle: 'normal', color: '#64748b', marginLeft: '1em' },
});

const languageOf = (format: TemplateFormat): Extension => (format === 'xml' ? xml() : []);
const editability = (isReadOnly: boolean): Extension => [EditorState.readOnly.of(isReadOnly), EditorView.editable.of(!isReadOnly)];
const ariaOf = (label: string, describedBy?: string): Extension =>
  EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', ...(describedBy ? { 'aria-describedby': describedBy } : {}) });

/**
 * CodeMirror 6 for template bodies: XML or plain mode, %%…%% highlighting, placeholder
 * completion and tinted error lines. Browser-only: load it with next/dynamic (ssr: false).
 */
export function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef(props);
  // The editor's callbacks read the newest props through this ref; it is refreshed after each render.
  useEffect(() => {
    latest.current = props;
  });
  const compartments = useRef({ language: new Compartment(), editable: new Compartment(), issues: new Compartment(), aria: new Compartment() });

  useEffect(() => {
    const c = compartments.current;
    const p = latest.current;
    // One source function for the editor's lifetime: autocompletion matches results to sources by identity.
    const completionSource = placeholderCompletions(() => latest.current.completions);
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: p.value,
        extensions: [
          basicSetup,
          theme,
          EditorView.lineWrapping,
          tokenHighlight,
          EditorState.languageData.of(() => [{ autocomplete: completionSource }]),
          c.language.of(languageOf(p.format)),
          c.editable.of(editability(p.isReadOnly ?? false)),
          c.issues.of(issueHighlight(p.issueLines ?? [])),
          c.aria.of(ariaOf(p.ariaLabel, p.ariaDescribedBy)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    p.onReady?.(view);
    return () => {
      view.destroy();
      viewRef.current = null;
      latest.current.onReady?.(null);
    };
  }, []);

  const reconfigure = (compartment: Compartment, extension: Extension) => viewRef.current?.dispatch({ effects: compartment.reconfigure(extension) });
  useEffect(() => reconfigure(compartments.current.language, languageOf(props.format)), [props.format]);
  useEffect(() => reconfigure(compartments.current.editable, editability(props.isReadOnly ?? false)), [props.isReadOnly]);
  useEffect(() => reconfigure(compartments.current.issues, issueHighlight(props.issueLines ?? [])), [props.issueLines]);
  useEffect(() => reconfigure(compartments.current.aria, ariaOf(props.ariaLabel, props.ariaDescribedBy)), [props.ariaLabel, props.ariaDescribedBy]);
  useEffect(() => {
    const view = viewRef.current;
    if (view && view.state.doc.toString() !== props.value) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: props.value } });
  }, [props.value]);

  return <div ref={host} className="h-full min-h-0" />;
}
