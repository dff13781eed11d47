import type { TemplateFormat } from './escape';
import type { TemplateIssue } from './issues';
import { type AccountValues, type RenderContext, renderTemplate } from './render';

/**
 * "Explain this file": renders a template and tells, for every output line, which placeholders
 * put a value there. Each non-empty value is wrapped in private-use markers before rendering
 * (empty values stay empty, so conditions decide exactly as in a real render), then the markers
 * are read and removed line by line. Account fields are named by line (`ACCOUNT2_SIP_USERNAME`),
 * custom placeholders with their underscore (`_OFFICE_IP`).
 */
const OPEN = '\uE000';
const NAME_END = '\uE001';
const CLOSE = '\uE002';
const MARKER = /\uE000([^\uE001]*)\uE001/g;

export type ExplainedLine = { text: string; placeholders: string[] };
export type ExplainResult = { ok: true; lines: ExplainedLine[] } | { ok: false; issues: TemplateIssue[] };

const marked = (values: Readonly<Record<string, string>>, nameOf: (key: string) => string) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value === '' ? '' : `${OPEN}${nameOf(key)}${NAME_END}${value}${CLOSE}`]));

export function explainRender(source: string, context: RenderContext, format: TemplateFormat): ExplainResult {
  const tracing: RenderContext = {
    pbx: marked(context.pbx, (k) => k),
    custom: marked(context.custom, (k) => `_${k}`),
    phone: context.phone && marked(context.phone, (k) => k),
    lines: context.lines?.map((line, i) => marked(line, (field) => `ACCOUNT${i + 1}_${field}`) as AccountValues),
  };
  const rendered = renderTemplate(source, tracing, format);
  if (!rendered.ok) return rendered;
  const lines = rendered.text.split('\n').map((raw) => {
    const placeholders: string[] = [];
    const text = raw
      .replace(MARKER, (_match, name: string) => {
        placeholders.push(name);
        return '';
      })
      .replaceAll(CLOSE, '');
    return { text, placeholders: [...new Set(placeholders)] };
  });
  return { ok: true, lines };
}
