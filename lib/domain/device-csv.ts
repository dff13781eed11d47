import { parse } from 'csv-parse/sync';
import { undoDefuse } from '@/lib/csv';
import { MAX_LINES } from '@/lib/templates/placeholders';
import { DomainError } from '@/lib/errors';

/**
 * The device CSV (import and export): one row per device, its lines by extension, optionally the accounts themselves.
 * README.md, "Importing devices from CSV", documents every column.
 */

/** Device columns → the device form's field names (lib/validation/entities.ts `deviceFields`). */
export const DEVICE_COLUMNS = {
  mac: 'mac',
  model: 'modelId',
  template: 'templateId',
  label: 'label',
  enabled: 'isEnabled',
  admin_user: 'adminUsername',
  admin_password: 'adminPassword',
  network_mode: 'networkMode',
  ip_address: 'ipAddress',
  netmask: 'netmask',
  gateway: 'gateway',
  dns1: 'dns1',
  dns2: 'dns2',
  vlan_id: 'vlanId',
  vlan_priority: 'vlanPriority',
  language: 'language',
  time_zone: 'timeZone',
} as const;
export type DeviceColumn = keyof typeof DEVICE_COLUMNS;

/** Per line N: the extension, and the account created when no account has that extension. */
export const LINE_ACCOUNT_FIELDS = { sip_username: 'sipUsername', sip_password: 'sipPassword', display_name: 'displayName' } as const;
export type LineAccountField = keyof typeof LINE_ACCOUNT_FIELDS;

/** The columns of the downloadable template (lines 1–4, the account columns of lines 1–2; up to line48 are read). */
export const TEMPLATE_COLUMNS = [
  ...Object.keys(DEVICE_COLUMNS),
  'line1',
  'line1_sip_username',
  'line1_sip_password',
  'line1_display_name',
  'line2',
  'line2_sip_username',
  'line2_sip_password',
  'line2_display_name',
  'line3',
  'line4',
];

const LINE_COLUMN = /^line([1-9]\d?)(?:_(sip_username|sip_password|display_name))?$/;

/** A column name as the file spells it → ours: case, spaces and hyphens do not matter ("Admin User" = admin_user). */
const normaliseHeading = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export type CsvProblem = { column: string | null; code: string; params?: Record<string, string | number> };

/** What a column of the header means. */
export type ColumnMeaning =
  { kind: 'device'; column: DeviceColumn } | { kind: 'line'; position: number } | { kind: 'account'; position: number; field: LineAccountField };

export function columnMeaning(column: string): ColumnMeaning | null {
  if (Object.hasOwn(DEVICE_COLUMNS, column)) return { kind: 'device', column: column as DeviceColumn };
  const line = LINE_COLUMN.exec(column);
  if (!line || Number(line[1]) > MAX_LINES) return null;
  return line[2] ? { kind: 'account', position: Number(line[1]), field: line[2] as LineAccountField } : { kind: 'line', position: Number(line[1]) };
}

/** One data row: its line in the file (1 = the header) and its cells by column name. */
export type CsvRow = { line: number; cells: Record<string, string>; problems: CsvProblem[] };
export type ParsedCsv = { columns: string[]; rows: CsvRow[] };

/** `;` when the header has more semicolons than commas outside quotes (spreadsheets in Italian locales write `;`). */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

const fileError = (code: string, params: Record<string, string | number> = {}) => new DomainError(400, code, 'file', params);

/**
 * Parses the file (BOM, `,` or `;`, quoted fields, CRLF or LF) into rows keyed by normalised column name. A file that
 * is not CSV, has no `mac` column, an unknown or a repeated column is refused whole (400 under `file`); a row with the
 * wrong number of cells carries its problem and is reported on its own. A cell our export defused (`'=…`) reads back as written.
 */
export function parseDeviceCsv(text: string): ParsedCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw fileError('validation:import.notCsv', { line });
  }
  if (records.length === 0) throw fileError('validation:import.empty');
  const columns = records[0].record.map(normaliseHeading);
  const seen = new Set<string>();
  for (const column of columns) {
    if (column === '') continue;
    if (!columnMeaning(column)) throw fileError('validation:import.unknownColumn', { column });
    if (seen.has(column)) throw fileError('validation:import.repeatedColumn', { column });
    seen.add(column);
  }
  if (!seen.has('mac')) throw fileError('validation:import.macColumnMissing');
  const rows = records
    .slice(1)
    .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
    .map(({ record, info }) => {
      const cells: Record<string, string> = {};
      columns.forEach((column, i) => {
        if (column !== '') cells[column] = undoDefuse((record[i] ?? '').trim());
      });
      const problems: CsvProblem[] =
        record.length === columns.length
          ? []
          : [{ column: null, code: 'validation:import.cellCount', params: { found: record.length, expected: columns.length } }];
      return { line: info.lines, cells, problems };
    });
  if (rows.length === 0) throw fileError('validation:import.empty');
  return { columns: columns.filter((c) => c !== ''), rows };
}

/** The CSV column of a device form field (a zod issue's path), for the report: `lines.1` → `line2`. */
export function columnOfField(path: readonly PropertyKey[]): string | null {
  const [field, index] = path.map(String);
  if (field === 'lines') return index === undefined ? 'line1' : `line${Number(index) + 1}`;
  return (Object.entries(DEVICE_COLUMNS).find(([, name]) => name === field)?.[0] as string | undefined) ?? null;
}

/** Spreadsheets write TRUE/FALSE, people yes/no or sì/no: the form's `bool` reads true/false. */
export function enabledCell(cell: string): boolean | 'invalid' {
  const value = cell.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', 'on', 'sì', 'si', 'vero'].includes(value)) return true;
  if (['false', '0', 'no', 'n', 'off', 'falso'].includes(value)) return false;
  return 'invalid';
}
