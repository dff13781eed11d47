import { type AccountField, classifyPlaceholder, type ParsedName } from './placeholders';
import type { TemplateIssue } from './issues';
import { escapeValue, type TemplateFormat } from './escape';
import { type Token, tokenize } from './tokenize';

export type AccountValues = Readonly<Record<Exclude<AccountField, 'ENABLED'>, string>>;

/**
 * Values a template is rendered with. `phone` and `lines` are absent for a model's common files,
 * which may only use PBX and custom placeholders.
 */
export type RenderContext = {
  pbx: Readonly<Record<string, string>>;
  custom: Readonly<Record<string, string>>;
  phone?: Readonly<Record<string, string>>;
  lines?: readonly AccountValues[];
};

export type TemplateScope = 'device' | 'common';
export type AnalyzeOptions = { customNames: ReadonlySet<string>; scope: TemplateScope };
export type RenderResult = { ok: true; text: string } | { ok: false; issues: TemplateIssue[] };

type Node = { token: Token & { type: 'placeholder' }; parsed: ParsedName };

/** Finds unknown placeholders and broken blocks, with line numbers, without rendering. */
export function analyzeTemplate(source: string, options: AnalyzeOptions): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  let open: Node | null = null;
  for (const token of tokenize(source)) {
    if (token.type !== 'placeholder') continue;
    const parsed = classifyPlaceholder(token.name);
    const at = { line: token.line, column: token.column };
    switch (parsed.kind) {
      case 'unknown':
        issues.push({ code: 'unknown_placeholder', name: token.name, ...at });
        break;
      case 'custom':
        if (!options.customNames.has(parsed.name)) issues.push({ code: 'unknown_placeholder', name: token.name, ...at });
        break;
      case 'block-begin':
        if (options.scope === 'common') issues.push({ code: 'placeholder_out_of_scope', name: token.name, ...at });
        else if (open) issues.push({ code: 'nested_block', ...at });
        else open = { token, parsed };
        break;
      case 'block-end':
        if (options.scope === 'common') issues.push({ code: 'placeholder_out_of_scope', name: token.name, ...at });
        else if (!open) issues.push({ code: 'unexpected_block_end', ...at });
        else open = null;
        break;
      case 'account':
      case 'phone':
        if (options.scope === 'common') issues.push({ code: 'placeholder_out_of_scope', name: token.name, ...at });
        break;
      case 'pbx':
        break;
    }
  }
  if (open) issues.push({ code: 'unclosed_block', line: open.token.line, column: open.token.column });
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

function accountValue(lines: readonly AccountValues[], line: number, field: string): string {
  if (field === 'INDEX') return String(line);
  if (field === 'INDEX0') return String(line - 1);
  const account = lines[line - 1];
  if (field === 'ENABLED') return account ? '1' : '0';
  return account ? account[field as keyof AccountValues] : '';
}

function valueOf(parsed: ParsedName, context: RenderContext, currentLine: number): string {
  switch (parsed.kind) {
    case 'pbx':
      return context.pbx[parsed.name] ?? '';
    case 'phone':
      return context.phone?.[parsed.name] ?? '';
    case 'custom':
      return context.custom[parsed.name] ?? '';
    case 'account':
      return accountValue(context.lines ?? [], parsed.line ?? currentLine, parsed.field);
    default:
      return '';
  }
}

/**
 * Renders a template. Values are escaped for `format`; the accounts block repeats once per
 * device line. Returns the issues instead of text when the template is not valid for `context`.
 */
export function renderTemplate(source: string, context: RenderContext, format: TemplateFormat): RenderResult {
  const scope: TemplateScope = context.phone ? 'device' : 'common';
  const issues = analyzeTemplate(source, { customNames: new Set(Object.keys(context.custom)), scope });
  if (issues.length > 0) return { ok: false, issues };

  const out: string[] = [];
  let block: Token[] | null = null;
  const emit = (token: Token, currentLine: number) => {
    if (token.type === 'text') out.push(token.value);
    else out.push(escapeValue(valueOf(classifyPlaceholder(token.name), context, currentLine), format));
  };
  for (const token of tokenize(source)) {
    const kind = token.type === 'placeholder' ? classifyPlaceholder(token.name).kind : 'text';
    if (kind === 'block-begin') {
      block = [];
    } else if (kind === 'block-end' && block) {
      const lineCount = context.lines?.length ?? 0;
      for (let line = 1; line <= lineCount; line++) for (const inner of block) emit(inner, line);
      block = null;
    } else if (block) {
      block.push(token);
    } else {
      emit(token, 1);
    }
  }
  return { ok: true, text: out.join('') };
}
