'use client';

import { Card, CardHeader } from '@/components/ui/card';
import { useT } from '@/lib/i18n/client';
import { PALETTE_GROUPS, type PaletteEntry } from './placeholder-options';

type PlaceholderPaletteProps = { entries: PaletteEntry[]; onInsert: (token: string) => void; isDisabled?: boolean; className?: string };

/** The placeholders grouped PBX / Account / Phone / Custom; a click inserts one at the editor's cursor. */
export function PlaceholderPalette({ entries, onInsert, isDisabled, className }: PlaceholderPaletteProps) {
  const t = useT('templates');
  return (
    <Card labelledBy="palette-title" className={className}>
      <CardHeader id="palette-title" title={t('palette.title')} description={t('palette.description')} />
      <div className="max-h-[34rem] overflow-y-auto px-3 py-3">
        {PALETTE_GROUPS.map((group) => {
          const items = entries.filter((e) => e.group === group);
          return (
            <section key={group} aria-labelledby={`palette-${group}`} className="mb-3 last:mb-0">
              <h3 id={`palette-${group}`} className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {t(`palette.groups.${group}`)}
              </h3>
              {items.length === 0 ? (
                <p className="px-2 text-xs text-slate-400">{t('palette.noCustom')}</p>
              ) : (
                <ul className="flex flex-col">
                  {items.map((entry) => (
                    <li key={entry.token}>
                      <button
                        type="button"
                        disabled={isDisabled}
                        onClick={() => onInsert(entry.token)}
                        title={
                          entry.example ? `${t('palette.insert', { token: entry.token })} — ${entry.example}` : t('palette.insert', { token: entry.token })
                        }
                        className="w-full truncate rounded px-2 py-1 text-left font-mono text-[11px] text-brand-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:text-slate-400 disabled:hover:bg-transparent"
                      >
                        {entry.token}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </Card>
  );
}
