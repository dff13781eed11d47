import type { AuditChange } from '@/db/schema';

/** The writer every CSV export shares (lib/csv.ts): re-exported for the audit log's callers. */
export { csvCell, toCsv } from '@/lib/csv';

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
