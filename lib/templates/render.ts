import { escapeValue, type TemplateFormat } from './escape';
import type { TemplateIssue } from './issues';
import { type AnalyzeOptions, parseTemplate, type TemplateNode, type TemplateScope, type ValueName } from './parse';
import type { AccountField } from './placeholders';

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

/**
 * `lineEndings: 'crlf'` turns every line break of the output into CRLF and ends the file with
 * one, for parsers that require both (Panasonic: "each line must end with <CR><LF>", "configuration
 * files must end with an empty line"). The default keeps the template's own line breaks.
 */
export type RenderOptions = { lineEndings?: 'keep' | 'crlf' };
export type RenderResult = { ok: true; text: string } | { ok: false; issues: TemplateIssue[] };

/** Finds unknown placeholders and broken blocks, with line numbers, without rendering. */
export function analyzeTemplate(source: string, options: AnalyzeOptions): TemplateIssue[] {
  return parseTemplate(source, options).issues;
}

function accountValue(lines: readonly AccountValues[], line: number, field: string): string {
  if (field === 'INDEX') return String(line);
  if (field === 'INDEX0') return String(line - 1);
  const padded = /^INDEX_PAD(\d)$/.exec(field);
  if (padded) return String(line).padStart(Number(padded[1]), '0');
  const account = lines[line - 1];
  if (field === 'ENABLED') return account ? '1' : '0';
  return account ? account[field as keyof AccountValues] : '';
}

/** The raw (unescaped) value of a name; `currentLine` is the accounts block's line, 1 outside it. */
function valueOf(name: ValueName, context: RenderContext, currentLine: number): string {
  switch (name.kind) {
    case 'pbx':
      return context.pbx[name.name] ?? '';
    case 'phone':
      return context.phone?.[name.name] ?? '';
    case 'custom':
      return context.custom[name.name] ?? '';
    case 'account':
      return accountValue(context.lines ?? [], name.line ?? currentLine, name.field);
  }
}

function emit(nodes: readonly TemplateNode[], context: RenderContext, format: TemplateFormat, currentLine: number, out: string[]): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out.push(node.value);
        break;
      case 'value':
        out.push(escapeValue(valueOf(node.name, context, currentLine), format));
        break;
      case 'accounts':
        for (let line = 1; line <= (context.lines?.length ?? 0); line++) emit(node.body, context, format, line, out);
        break;
      case 'if':
        if ((valueOf(node.name, context, currentLine) !== '') === (node.keyword === 'IF')) emit(node.body, context, format, currentLine, out);
        break;
    }
  }
}

function withCrlf(text: string): string {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  return crlf.endsWith('\r\n') ? crlf : `${crlf}\r\n`;
}

/**
 * Renders a template. Values are escaped for `format`; the accounts block repeats once per
 * device line; `%%IF NAME%%` keeps its body when NAME's raw value is not empty (`%%IF_NOT%%`: when
 * it is). Returns the issues instead of text when the template is not valid for `context`.
 */
export function renderTemplate(source: string, context: RenderContext, format: TemplateFormat, options: RenderOptions = {}): RenderResult {
  const scope: TemplateScope = context.phone ? 'device' : 'common';
  const { nodes, issues } = parseTemplate(source, { customNames: new Set(Object.keys(context.custom)), scope });
  if (issues.length > 0) return { ok: false, issues };
  const out: string[] = [];
  emit(nodes, context, format, 1, out);
  const text = out.join('');
  return { ok: true, text: options.lineEndings === 'crlf' ? withCrlf(text) : text };
}
