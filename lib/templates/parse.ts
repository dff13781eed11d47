import type { TemplateIssue } from './issues';
import { classifyPlaceholder, type IfKeyword, type ParsedName } from './placeholders';
import { tokenize } from './tokenize';

export type TemplateScope = 'device' | 'common';
export type AnalyzeOptions = { customNames: ReadonlySet<string>; scope: TemplateScope };

/** A value placeholder: any ParsedName that is not a block marker or unknown. */
export type ValueName = Extract<ParsedName, { kind: 'pbx' | 'phone' | 'account' | 'custom' }>;

/** A checked template: literal text, values, accounts blocks and conditional blocks, nested. */
export type TemplateNode =
  | { kind: 'text'; value: string }
  | { kind: 'value'; name: ValueName }
  | { kind: 'accounts'; body: TemplateNode[] }
  | { kind: 'if'; keyword: IfKeyword; name: ValueName; body: TemplateNode[] };

type Where = { line: number; column: number };
/** An open block: where it began and, for an IF, its marker's inside (`IF NAME`) for `unclosed_if`. */
type Frame = { kind: 'accounts' | 'if'; at: Where; label: string; body: TemplateNode[] };

/**
 * Parses a template into nodes and lists what is wrong with it, positioned at the offending
 * marker. Blocks must nest: an accounts block may sit inside an IF and an IF inside an accounts
 * block or another IF, but a block may not end while one opened inside it is still open. The
 * nodes are only meaningful when there are no issues.
 */
export function parseTemplate(source: string, options: AnalyzeOptions): { nodes: TemplateNode[]; issues: TemplateIssue[] } {
  const issues: TemplateIssue[] = [];
  const root: TemplateNode[] = [];
  const stack: Frame[] = [];
  const body = () => stack.at(-1)?.body ?? root;
  const isCommon = options.scope === 'common';

  /** The value a name stands for, or null after reporting why it cannot be used here. */
  const checkValue = (name: string, at: Where): ValueName | null => {
    const parsed = classifyPlaceholder(name);
    switch (parsed.kind) {
      case 'unknown':
        issues.push({ code: 'unknown_placeholder', name, ...at });
        return null;
      case 'custom':
        if (options.customNames.has(parsed.name)) return parsed;
        issues.push({ code: 'unknown_placeholder', name, ...at });
        return null;
      case 'account':
      case 'phone':
        if (!isCommon) return parsed;
        issues.push({ code: 'placeholder_out_of_scope', name, ...at });
        return null;
      case 'pbx':
        return parsed;
      default:
        return null;
    }
  };

  /** Closes the innermost open block of `kind`; a block still open inside it is reported, not closed. */
  const close = (kind: Frame['kind'], marker: string, at: Where) => {
    const index = stack.findLastIndex((f) => f.kind === kind);
    if (index === -1) issues.push({ code: kind === 'if' ? 'unexpected_if_end' : 'unexpected_block_end', ...at });
    else if (index !== stack.length - 1) issues.push({ code: 'crossed_blocks', name: marker, ...at });
    if (index !== -1) stack.splice(index, 1);
  };

  for (const token of tokenize(source)) {
    if (token.type === 'text') {
      body().push({ kind: 'text', value: token.value });
      continue;
    }
    const at = { line: token.line, column: token.column };
    if (token.type === 'if') {
      const kind = classifyPlaceholder(token.name).kind;
      const isMarker = kind === 'block-begin' || kind === 'block-end' || kind === 'if-end';
      if (isMarker) issues.push({ code: 'invalid_condition', name: token.name, ...at });
      const name = isMarker ? null : checkValue(token.name, at);
      const frame: Frame = { kind: 'if', at, label: `${token.keyword} ${token.name}`, body: [] };
      if (name) body().push({ kind: 'if', keyword: token.keyword, name, body: frame.body });
      stack.push(frame);
      continue;
    }
    const parsed = classifyPlaceholder(token.name);
    if ((parsed.kind === 'block-begin' || parsed.kind === 'block-end') && isCommon) {
      issues.push({ code: 'placeholder_out_of_scope', name: token.name, ...at });
    } else if (parsed.kind === 'block-begin') {
      if (stack.some((f) => f.kind === 'accounts')) {
        issues.push({ code: 'nested_block', ...at });
      } else {
        const frame: Frame = { kind: 'accounts', at, label: token.name, body: [] };
        body().push({ kind: 'accounts', body: frame.body });
        stack.push(frame);
      }
    } else if (parsed.kind === 'block-end') {
      close('accounts', token.name, at);
    } else if (parsed.kind === 'if-end') {
      close('if', token.name, at);
    } else {
      const name = checkValue(token.name, at);
      if (name) body().push({ kind: 'value', name });
    }
  }
  for (const frame of stack) {
    issues.push(frame.kind === 'accounts' ? { code: 'unclosed_block', ...frame.at } : { code: 'unclosed_if', name: frame.label, ...frame.at });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { nodes: root, issues };
}
