import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

/**
 * A table in a horizontally scrolling frame, so narrow screens scroll instead of squeezing
 * columns. `isFramed={false}` drops the card look, for tables inside a <Card>. The frame is
 * positioned so that what cells place absolutely (screen-reader-only labels) is clipped with the
 * rest instead of widening the page.
 */
export function Table({ className, caption, isFramed = true, children, ...props }: ComponentProps<'table'> & { caption?: ReactNode; isFramed?: boolean }) {
  return (
    <div className={cn('relative overflow-x-auto', isFramed && 'rounded-lg bg-white shadow-sm ring-1 ring-slate-200')}>
      <table className={cn('min-w-full divide-y divide-slate-200 text-left text-sm', className)} {...props}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn('bg-slate-50', className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('divide-y divide-slate-100', className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('hover:bg-slate-50/70', className)} {...props} />;
}

export function TH({ className, scope = 'col', ...props }: ComponentProps<'th'>) {
  return (
    <th scope={scope} className={cn('whitespace-nowrap px-3 py-2.5 text-xs font-semibold uppercase tracking-wide text-slate-500', className)} {...props} />
  );
}

export function TD({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-3 py-2.5 align-middle text-slate-700', className)} {...props} />;
}
