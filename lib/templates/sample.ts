import { ACCOUNT_FIELDS, PBX_PLACEHOLDERS, PHONE_PLACEHOLDERS } from './placeholders';
import type { AccountValues, RenderContext } from './render';

const sampleLine = (n: number): AccountValues => {
  const base = Object.fromEntries(ACCOUNT_FIELDS.filter(([f]) => f !== 'ENABLED').map(([f, v]) => [f, v])) as AccountValues;
  const ext = String(200 + n);
  return { ...base, EXTENSION: ext, SIP_USERNAME: ext, AUTH_USERNAME: ext };
};

/** Example values for every placeholder: used to check and preview a template no device uses yet. */
export function sampleRenderContext(custom: Readonly<Record<string, string>>, lineCount = 2): RenderContext {
  return {
    pbx: Object.fromEntries(PBX_PLACEHOLDERS),
    phone: Object.fromEntries(PHONE_PLACEHOLDERS),
    custom,
    lines: Array.from({ length: lineCount }, (_, i) => sampleLine(i + 1)),
  };
}
