'use client';

import { useId } from 'react';
import { formatNumber } from '@/lib/format';
import { useLanguage, useT } from '@/lib/i18n/client';
import { Button } from './button';
import { Select } from './select';

/** The page sizes an admin can pick (the API takes any size up to 500). */
export const PAGE_SIZES = [25, 50, 100, 200] as const;

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** Shows the "rows per page" choice. */
  onPageSizeChange?: (pageSize: number) => void;
  isFetching?: boolean;
};

/** "1–50 of 10,000" with previous/next and the rows per page; the caller owns the page state. */
export function Pagination({ page, pageSize, total, onPageChange, onPageSizeChange, isFetching }: PaginationProps) {
  const t = useT();
  const lng = useLanguage();
  const sizeId = useId();
  const sizes = PAGE_SIZES.some((size) => size === pageSize) ? PAGE_SIZES : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
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
      <div className="flex flex-wrap items-center gap-2">
        {onPageSizeChange && (
          <span className="flex items-center gap-2">
            <label htmlFor={sizeId} className="whitespace-nowrap">
              {t('ui.pagination.pageSize')}
            </label>
            <Select id={sizeId} value={pageSize} onChange={(e) => onPageSizeChange(Number(e.target.value))} className="h-8 w-auto py-1 pr-8">
              {sizes.map((size) => (
                <option key={size} value={size}>
                  {n(size)}
                </option>
              ))}
            </Select>
          </span>
        )}
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
