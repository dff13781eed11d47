import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import { columnMeaning, columnOfField, detectDelimiter, enabledCell, parseDeviceCsv, TEMPLATE_COLUMNS } from './device-csv';

// Issue 11, CSV import: the file → rows mapping (csv-parse underneath): BOM, `,` or `;`, quoted fields, CRLF, headings.

const refusal = (text: string) => {
  try {
    parseDeviceCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the file to be refused');
};

describe('parseDeviceCsv', () => {
  it('reads a comma file with a BOM, CRLF line ends and quoted fields holding commas, quotes and line breaks', () => {
    const text = '\uFEFFmac,label,line1\r\n001565000001,"Reception, desk ""A""",201\r\n"00:15:65:00:00:02","two\nlines",\r\n';
    const { columns, rows } = parseDeviceCsv(text);
    expect(columns).toEqual(['mac', 'label', 'line1']);
    expect(rows.map((r) => r.cells)).toEqual([
      { mac: '001565000001', label: 'Reception, desk "A"', line1: '201' },
      { mac: '00:15:65:00:00:02', label: 'two\nlines', line1: '' },
    ]);
    expect(rows[0].line).toBe(2);
  });

  it('detects the semicolon of spreadsheets in Italian, keeping commas inside cells', () => {
    const { rows } = parseDeviceCsv('mac;label;model\n001565000001;Rossi, Mario;Yealink T4x\n');
    expect(rows[0].cells).toEqual({ mac: '001565000001', label: 'Rossi, Mario', model: 'Yealink T4x' });
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('a;b;c')).toBe(';');
  });

  it('normalises headings (case, spaces, hyphens) and skips blank rows', () => {
    const { columns, rows } = parseDeviceCsv('MAC, Admin User ,VLAN-ID\n\n001565000001,root,10\n,,\n');
    expect(columns).toEqual(['mac', 'admin_user', 'vlan_id']);
    expect(rows).toHaveLength(1);
    expect(rows[0].line).toBe(3);
  });

  it('flags a row with the wrong number of cells, on that row only', () => {
    const { rows } = parseDeviceCsv('mac,label\n001565000001,a,extra\n001565000002,b\n');
    expect(rows[0].problems).toEqual([{ column: null, code: 'validation:import.cellCount', params: { found: 3, expected: 2 } }]);
    expect(rows[1].problems).toEqual([]);
  });

  it('refuses the whole file for an unknown or repeated column, no mac column, no rows, or broken quoting', () => {
    expect(refusal('mac,colour\n001565000001,red\n')).toMatchObject({ code: 'validation:import.unknownColumn', field: 'file', params: { column: 'colour' } });
    expect(refusal('mac,label,Label\n1,2,3\n')).toMatchObject({ code: 'validation:import.repeatedColumn' });
    expect(refusal('label\nx\n')).toMatchObject({ code: 'validation:import.macColumnMissing' });
    expect(refusal('mac,label\n')).toMatchObject({ code: 'validation:import.empty' });
    expect(refusal('')).toMatchObject({ code: 'validation:import.empty' });
    expect(refusal('mac,label\n001565000001,"open\n')).toMatchObject({ code: 'validation:import.notCsv' });
    expect(refusal('mac,line49\n1,2\n')).toMatchObject({ code: 'validation:import.unknownColumn', params: { column: 'line49' } });
  });
});

describe('columns', () => {
  it('knows every column of the template file, and lines up to 48 with their account columns', () => {
    for (const column of TEMPLATE_COLUMNS) expect(columnMeaning(column), column).not.toBeNull();
    expect(columnMeaning('line48')).toEqual({ kind: 'line', position: 48 });
    expect(columnMeaning('line3_sip_password')).toEqual({ kind: 'account', position: 3, field: 'sip_password' });
    expect(columnMeaning('line0')).toBeNull();
    expect(columnMeaning('line2_auth')).toBeNull();
  });

  it('names the column of a form field for the report', () => {
    expect(columnOfField(['vlanId'])).toBe('vlan_id');
    expect(columnOfField(['isEnabled'])).toBe('enabled');
    expect(columnOfField(['lines', 1])).toBe('line2');
    expect(columnOfField(['lines'])).toBe('line1');
    expect(columnOfField([])).toBeNull();
  });

  it('reads enabled as spreadsheets and people write it', () => {
    expect(['TRUE', 'yes', 'Sì', '1', 'on'].map(enabledCell)).toEqual([true, true, true, true, true]);
    expect(['FALSE', 'No', '0', 'off'].map(enabledCell)).toEqual([false, false, false, false]);
    expect(enabledCell('maybe')).toBe('invalid');
  });
});
