import { stringify } from 'csv-stringify/sync';

/**
 * Writing CSV for spreadsheets (audit log, device and account exports) with csv-stringify: every cell quoted, CRLF
 * rows, a BOM so spreadsheets read UTF-8, and cells a spreadsheet would run as a formula defused (OWASP "CSV injection").
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const DEFUSED = /^'[=+\-@\t\r]/;

/** A cell starting with = + - @ TAB or CR gets a leading apostrophe: a spreadsheet shows it as text instead of running it. */
export const defuseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** The inverse for a file read back (CSV import): an apostrophe that defused a formula is dropped. */
export const undoDefuse = (text: string): string => (DEFUSED.test(text) ? text.slice(1) : text);

const cellText = (value: unknown) => (value === null || value === undefined ? '' : defuseFormula(String(value)));

const QUOTED = { quoted: true, quoted_empty: true } as const;

/** One CSV field (RFC 4180): always quoted, quotes doubled, formulas defused. */
export const csvCell = (value: unknown): string => stringify([[cellText(value)]], { ...QUOTED, eof: false });

/** Rows of cells → a CSV document: CRLF line ends, a BOM so spreadsheets read it as UTF-8. */
export const toCsv = (rows: readonly (readonly unknown[])[]): string =>
  rows.length === 0
    ? '\uFEFF\r\n'
    : stringify(
        rows.map((row) => row.map(cellText)),
        { ...QUOTED, bom: true, record_delimiter: '\r\n' },
      );
