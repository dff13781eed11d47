'use client';

import { cn } from '@/components/ui/cn';
import { useT } from '@/lib/i18n/client';
import type { DiffRow } from '@/lib/templates/version-diff';

export type DiffLayout = 'unified' | 'split';
type LineRow = Exclude<DiffRow, { kind: 'skip' }>;
type SplitRow = { kind: 'pair'; left: LineRow | null; right: LineRow | null } | { kind: 'skip'; count: number };

// Colour is never the only cue: every changed line carries its + / − marker and a spoken word.
const TONE = { same: '', added: 'bg-emerald-50 text-emerald-950', removed: 'bg-red-50 text-red-950' } as const;
const MARK = { same: ' ', added: '+', removed: '−' } as const;

/** Removed lines face the added lines that replace them; unchanged lines face themselves. */
function splitRows(rows: readonly DiffRow[]): SplitRow[] {
  const out: SplitRow[] = [];
  for (let i = 0; i < rows.length;) {
    const row = rows[i];
    if (row.kind === 'skip' || row.kind === 'same') {
      out.push(row.kind === 'skip' ? row : { kind: 'pair', left: row, right: row });
      i++;
      continue;
    }
    const removed: LineRow[] = [];
    const added: LineRow[] = [];
    while (i < rows.length && rows[i].kind === 'removed') removed.push(rows[i++] as LineRow);
    while (i < rows.length && rows[i].kind === 'added') added.push(rows[i++] as LineRow);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) out.push({ kind: 'pair', left: removed[k] ?? null, right: added[k] ?? null });
  }
  return out;
}

function Cells({ row, side }: { row: LineRow | null; side: 'old' | 'new' | 'both' }) {
  const t = useT('templates');
  if (!row) return <td colSpan={side === 'both' ? 4 : 3} className="bg-slate-50" />;
  const number = (line: number | null) => <td className="w-10 select-none px-2 text-right align-top text-slate-500">{line ?? ''}</td>;
  return (
    <>
      {(side === 'old' || side === 'both') && number(row.oldLine)}
      {(side === 'new' || side === 'both') && number(row.newLine)}
      <td className={cn('w-5 select-none text-center align-top font-semibold', TONE[row.kind])} aria-hidden>
        {MARK[row.kind]}
      </td>
      <td className={cn('whitespace-pre-wrap break-all pr-3 align-top', TONE[row.kind])}>
        {row.kind !== 'same' && <span className="sr-only">{t(`history.diff.${row.kind}`)} </span>}
        {row.text}
      </td>
    </>
  );
}

/** A template diff, unified (one column, + and − lines) or split (old | new); unchanged stretches are folded. */
export function VersionDiffView({ rows, layout, caption }: { rows: readonly DiffRow[]; layout: DiffLayout; caption: string }) {
  const t = useT('templates');
  const skip = (count: number, span: number, key: number) => (
    <tr key={key}>
      <td colSpan={span} className="bg-slate-100 px-3 py-1 text-xs text-slate-600">
        {t('history.diff.unchanged', { count })}
      </td>
    </tr>
  );
  return (
    <div className="max-h-[36rem] overflow-auto rounded-md ring-1 ring-slate-200">
      <table className="w-full font-mono text-xs leading-5" data-testid="version-diff">
        <caption className="sr-only">{caption}</caption>
        <tbody>
          {layout === 'unified'
            ? rows.map((row, i) =>
                row.kind === 'skip' ? (
                  skip(row.count, 4, i)
                ) : (
                  <tr key={i} data-kind={row.kind}>
                    <Cells row={row} side="both" />
                  </tr>
                ),
              )
            : splitRows(rows).map((row, i) =>
                row.kind === 'skip' ? (
                  skip(row.count, 6, i)
                ) : (
                  <tr key={i}>
                    <Cells row={row.left} side="old" />
                    <Cells row={row.right} side="new" />
                  </tr>
                ),
              )}
        </tbody>
      </table>
    </div>
  );
}
