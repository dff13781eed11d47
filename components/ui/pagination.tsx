'use client';

import { formatNumber } from '@/lib/format';
import { useLanguage, useT } from '@/lib/i18n/client';
import { Button } from './button';

type PaginationProps = { page: number; pageSize: number; total: number; onPageChange: (page: number) => void; isFetching?: boolean };

/** "1–50 of 10,000" with previous/next; the caller owns the page state. */
export function Pagination({ page, pageSize, total, onPageChange, isFetching }: PaginationProps) {
  const t = useT();
  const lng = useLanguage();
  const n = (value: number) => formatNumber(value, lng);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t('ui.pagination.label')} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm text-slate-600">
      <p aria-live="polite">
        {t('ui.pagination.range', { from: n(from), to: n(to), total: n(total) })}
        {isFetching && <span className="ml-2 text-slate-400">{t('ui.loading')}</span>}
      </p>
      <div className="flex items-center gap-2">
        <span className="hidden sm:inline">{t('ui.pagination.page', { page: n(page), pages: n(pages) })}</span>
        <Button size="sm" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
          {t('ui.pagination.previous')}
        </Button>
        <Button size="sm" onClick={() => onPageChange(page + 1)} disabled={page >= pages}>
          {t('ui.pagination.next')}
        </Button>
      </div>
    </nav>
  );
}
