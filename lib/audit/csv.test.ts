import { describe, expect, it } from 'vitest';
import { changesText, csvCell, toCsv } from './csv';

// The audit log's CSV export: RFC 4180 quoting, and cells a spreadsheet would run as formulas defused (OWASP CSV injection).

/** A minimal RFC 4180 reader, to prove the written document reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes every cell and doubles quotes, so commas, quotes and line breaks stay inside their cell', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it('defuses cells starting with = + - @ tab or carriage return', () => {
    for (const formula of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(formula)).toBe(`"'${formula.replaceAll('"', '""')}"`);
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it('writes a document with a BOM and CRLF rows that reads back cell for cell', () => {
    const rows = [
      ['at', 'who', 'changes'],
      ['2026-12-01T10:00:00.000Z', 'alice, "the admin"', 'label: Lobby → Réception\nline 2'],
      ['2026-12-01T10:01:00.000Z', '=cmd', ''],
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([rows[0], rows[1], ['2026-12-01T10:01:00.000Z', "'=cmd", '']]);
  });

  it('writes changes as field: old → new, and secrets only as changed', () => {
    expect(
      changesText(
        [
          { field: 'label', from: 'Lobby', to: 'Reception' },
          { field: 'adminPassword', changed: true },
          { field: 'mac', to: '001565a0d101' },
          { field: 'lines', from: [1, 2] },
        ],
        'changed',
      ),
    ).toBe('label: Lobby → Reception; adminPassword: changed; mac: 001565a0d101; lines: [1,2]');
  });
});
