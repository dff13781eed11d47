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
 * The largest file a template may render to (UTF-8 bytes). A 256 KB accounts block repeated on
 * every line with long values once made a 391 MB file: rendering stops as soon as the output
 * passes this, and the render fails with `file_too_large` (issue 12, finding 8).
 */
export const MAX_RENDERED_BYTES = 1024 * 1024;

/**
 * `lineEndings: 'crlf'` turns every line break of the output into CRLF and ends the file with
 * one, for parsers that require both (Panasonic: "each line must end with <CR><LF>", "configuration
 * files must end with an empty line"). The default keeps the template's own line breaks.
 * `trace` also returns the spans of the output each placeholder wrote; `maxBytes` lowers the size limit.
 */
export type RenderOptions = { lineEndings?: 'keep' | 'crlf'; trace?: boolean; maxBytes?: number };
/**
 * Where a placeholder's (escaped) value sits in the output: [start, end) in UTF-16 units. Named like
 * "explain this file" names it: account fields by line (`ACCOUNT2_SIP_PASSWORD`), custom ones with
 * their underscore (`_OFFICE_IP`). Empty values and the computed line fields (INDEX…, ENABLED) have none.
 */
export type RenderedSpan = { start: number; end: number; placeholder: string };
export type RenderResult = { ok: true; text: string; spans?: RenderedSpan[] } | { ok: false; issues: TemplateIssue[] };

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

/** The account fields computed from the line number rather than taken from the account. */
const COMPUTED_ACCOUNT_FIELD = /^(INDEX|INDEX0|INDEX_PAD\d|ENABLED)$/;

function spanName(name: ValueName, currentLine: number): string | null {
  switch (name.kind) {
    case 'custom':
      return `_${name.name}`;
    case 'account':
      return COMPUTED_ACCOUNT_FIELD.test(name.field) ? null : `ACCOUNT${name.line ?? currentLine}_${name.field}`;
    default:
      return name.name;
  }
}

/** The output being built; `full` once it passed the limit (in UTF-16 units, never more than its UTF-8 bytes). */
class Output {
  readonly parts: string[] = [];
  length = 0;
  constructor(
    readonly limit: number,
    readonly spans: RenderedSpan[] | null,
  ) {}
  get full() {
    return this.length > this.limit;
  }
  push(text: string) {
    this.parts.push(text);
    this.length += text.length;
  }
  pushValue(text: string, name: ValueName, currentLine: number) {
    const placeholder = this.spans && text !== '' ? spanName(name, currentLine) : null;
    if (placeholder) this.spans!.push({ start: this.length, end: this.length + text.length, placeholder });
    this.push(text);
  }
}

function emit(nodes: readonly TemplateNode[], context: RenderContext, format: TemplateFormat, currentLine: number, out: Output): void {
  for (const node of nodes) {
    if (out.full) return;
    switch (node.kind) {
      case 'text':
        out.push(node.value);
        break;
      case 'value':
        out.pushValue(escapeValue(valueOf(node.name, context, currentLine), format), node.name, currentLine);
        break;
      case 'accounts':
        for (let line = 1; line <= (context.lines?.length ?? 0) && !out.full; line++) emit(node.body, context, format, line, out);
        break;
      case 'if':
        if ((valueOf(node.name, context, currentLine) !== '') === (node.keyword === 'IF')) emit(node.body, context, format, currentLine, out);
        break;
    }
  }
}

/** The text with CRLF line breaks and a final one; `spans` move with the CR added before each lone LF. */
function withCrlf(text: string, spans: RenderedSpan[] | undefined): { text: string; spans?: RenderedSpan[] } {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  const ended = crlf.endsWith('\r\n') ? crlf : `${crlf}\r\n`;
  if (!spans) return { text: ended };
  const added: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (text[i - 1] !== '\r') added.push(i);
  let k = 0;
  const shift = (index: number) => {
    while (k < added.length && added[k] < index) k++;
    return index + k;
  };
  // Spans are in output order and do not overlap, so one pass over the added CRs moves them all.
  return { text: ended, spans: spans.map((s) => ({ ...s, start: shift(s.start), end: shift(s.end) })) };
}

/** UTF-8 length without an encoder (this module also runs in the browser). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit < 0xdc00 ? 4 : unit >= 0xdc00 && unit < 0xe000 ? 0 : 3;
  }
  return bytes;
}

/** "1 MiB", "512 KiB" or bytes: the limit as the file-too-large issue states it. */
function sizeLabel(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

/** Parsed templates by source, then scope and custom names: a regeneration renders one template for thousands of devices. */
const parsed = new Map<string, Map<string, ReturnType<typeof parseTemplate>>>();
const PARSED_LIMIT = 256;

function parsedTemplate(source: string, scope: TemplateScope, customNames: string[]) {
  const key = `${scope}\u0000${customNames.join('\u0000')}`;
  let bySource = parsed.get(source);
  const cached = bySource?.get(key);
  if (cached) return cached;
  const result = parseTemplate(source, { customNames: new Set(customNames), scope });
  if (!bySource) {
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(source, (bySource = new Map()));
  }
  if (bySource.size >= PARSED_LIMIT) bySource.clear();
  bySource.set(key, result);
  return result;
}

/**
 * Renders a template. Values are escaped for `format`; the accounts block repeats once per
 * device line; `%%IF NAME%%` keeps its body when NAME's raw value is not empty (`%%IF_NOT%%`: when
 * it is). Returns the issues instead of text when the template is not valid for `context`, or
 * when the file would pass the size limit (rendering stops there).
 */
export function renderTemplate(source: string, context: RenderContext, format: TemplateFormat, options: RenderOptions = {}): RenderResult {
  const scope: TemplateScope = context.phone ? 'device' : 'common';
  const { nodes, issues } = parsedTemplate(source, scope, Object.keys(context.custom));
  if (issues.length > 0) return { ok: false, issues: [...issues] };
  const limit = options.maxBytes ?? MAX_RENDERED_BYTES;
  const out = new Output(limit, options.trace ? [] : null);
  emit(nodes, context, format, 1, out);
  const tooLarge = (): RenderResult => ({ ok: false, issues: [{ code: 'file_too_large', line: 1, column: 1, message: sizeLabel(limit) }] });
  if (out.full) return tooLarge();
  const joined = out.parts.join('');
  const spans = out.spans ?? undefined;
  const result = options.lineEndings === 'crlf' ? withCrlf(joined, spans) : { text: joined, ...(spans ? { spans } : {}) };
  // UTF-8 takes at most 3 bytes per UTF-16 unit: only a text over a third of the limit can pass it.
  if (result.text.length * 3 > limit && utf8Length(result.text) > limit) return tooLarge();
  return { ok: true, ...result };
}
