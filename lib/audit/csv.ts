import type { AuditChange } from '@/db/schema';

/** A cell a spreadsheet would run as a formula: prefixed with an apostrophe (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): always quoted, quotes doubled, formulas defused. */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${(FORMULA_START.test(text) ? `'${text}` : text).replaceAll('"', '""')}"`;
}

/** Rows of cells → a CSV document: CRLF line ends, a BOM so spreadsheets read it as UTF-8. */
export const toCsv = (rows: readonly (readonly unknown[])[]): string => `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A change list as one line of text: `field: old → new`, `field: <changed>` for secrets and long texts. */
export const changesText = (changes: readonly AuditChange[], changedWord: string): string =>
  changes
    .map((c) => {
      if (c.changed) return `${c.field}: ${changedWord}`;
      const from = 'from' in c ? shown(c.from) : undefined;
      const to = 'to' in c ? shown(c.to) : undefined;
      return `${c.field}: ${[from, to].filter((v) => v !== undefined).join(' → ')}`;
    })
    .join('; ');
