import type { TemplateFormat } from './escape';
import type { TemplateIssue } from './issues';
import { type RenderContext, renderTemplate } from './render';

/**
 * One output line of "explain this file": its text, the placeholders whose value starts on it
 * (account fields by line, `ACCOUNT2_SIP_USERNAME`; custom ones with their underscore, `_OFFICE_IP`),
 * and where on it each value sits ([start, end) in the line's text; a value running over a line
 * break has a piece on each line). Empty values are nowhere, as they put nothing there.
 */
export type ExplainedLine = { text: string; placeholders: string[]; values: { start: number; end: number; placeholder: string }[] };
export type ExplainResult = { ok: true; lines: ExplainedLine[] } | { ok: false; issues: TemplateIssue[] };

/** Renders a template like renderTemplate and tells, line by line, which placeholders put what where. */
export function explainRender(source: string, context: RenderContext, format: TemplateFormat): ExplainResult {
  const rendered = renderTemplate(source, context, format, { trace: true });
  if (!rendered.ok) return rendered;
  const lines: ExplainedLine[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const text of rendered.text.split('\n')) {
    lines.push({ text, placeholders: [], values: [] });
    starts.push(at);
    at += text.length + 1;
  }
  let line = 0;
  for (const span of rendered.spans ?? []) {
    // Spans come in output order: the line of each start is at or after the previous one's.
    while (line + 1 < starts.length && starts[line + 1] <= span.start) line++;
    const first = lines[line];
    if (!first.placeholders.includes(span.placeholder)) first.placeholders.push(span.placeholder);
    for (let n = line; n < lines.length && starts[n] < span.end; n++) {
      const start = Math.max(span.start - starts[n], 0);
      const end = Math.min(span.end - starts[n], lines[n].text.length);
      if (end > start) lines[n].values.push({ start, end, placeholder: span.placeholder });
    }
  }
  return { ok: true, lines };
}
