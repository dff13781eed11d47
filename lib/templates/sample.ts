import type { TemplateIssue } from './issues';
import { ACCOUNT_FIELDS, PBX_PLACEHOLDERS, PHONE_PLACEHOLDERS } from './placeholders';
import { VENDOR_PLACEHOLDERS } from './vendor-placeholders';
import { type AccountValues, type RenderContext, renderTemplate } from './render';
import { tokenize } from './tokenize';
import { checkWellFormedXml } from './xml';

const sampleLine = (n: number): AccountValues => {
  const base = Object.fromEntries(ACCOUNT_FIELDS.filter(([f]) => f !== 'ENABLED').map(([f, v]) => [f, v])) as AccountValues;
  const ext = String(200 + n);
  return { ...base, EXTENSION: ext, SIP_USERNAME: ext, AUTH_USERNAME: ext };
};

/**
 * Example values for every placeholder: used to check and preview a template no device uses yet.
 * Every built-in example is non-empty, so each `%%IF%%` body is rendered (and `%%IF_NOT%%` is not).
 */
export function sampleRenderContext(custom: Readonly<Record<string, string>>, lineCount = 2): RenderContext {
  return {
    pbx: Object.fromEntries(PBX_PLACEHOLDERS),
    phone: Object.fromEntries([...PHONE_PLACEHOLDERS, ...VENDOR_PLACEHOLDERS]),
    custom,
    lines: Array.from({ length: lineCount }, (_, i) => sampleLine(i + 1)),
  };
}

/**
 * The other side of every condition of `source`: the sample values, with every placeholder a
 * `%%IF%%`/`%%IF_NOT%%` tests made empty (an account field in every line). Placeholders used
 * without a condition keep their sample value: a template is not asked to survive values it never
 * guarded against.
 */
export function blankRenderContext(source: string, custom: Readonly<Record<string, string>>, lineCount = 2): RenderContext {
  const tested = new Set(tokenize(source).flatMap((t) => (t.type === 'if' ? [t.name] : [])));
  const fields = new Set([...tested].flatMap((name) => /^ACCOUNT\d*_(.+)$/.exec(name)?.[1] ?? []));
  const blankIf = (values: Readonly<Record<string, string>>, isTested: (key: string) => boolean) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, isTested(k) ? '' : v]));
  const sample = sampleRenderContext(custom, lineCount);
  return {
    pbx: blankIf(sample.pbx, (k) => tested.has(k)),
    phone: blankIf(sample.phone ?? {}, (k) => tested.has(k)),
    custom: blankIf(custom, (k) => tested.has(`_${k}`)),
    lines: (sample.lines ?? []).map((line) => blankIf(line, (k) => fields.has(k)) as AccountValues),
  };
}

/**
 * Well-formedness of an XML template whatever its optional values: rendered once with every
 * value set (every `%%IF%%` body in, custom values that are empty made non-empty) and once with
 * every tested value empty (every `%%IF_NOT%%` body in). Mixed combinations are not tried; the first
 * problem found is returned, or the template's own issues when it does not render at all.
 */
export function sampleXmlIssues(source: string, custom: Readonly<Record<string, string>>): TemplateIssue[] {
  const filled = Object.fromEntries(Object.entries(custom).map(([k, v]) => [k, v || 'x']));
  for (const context of [sampleRenderContext(filled), blankRenderContext(source, custom)]) {
    const rendered = renderTemplate(source, context, 'xml');
    if (!rendered.ok) return rendered.issues;
    const issue = checkWellFormedXml(rendered.text);
    if (issue) return [issue];
  }
  return [];
}
