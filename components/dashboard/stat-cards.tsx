'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { formatNumber } from '@/lib/format';
import { useLanguage, useT } from '@/lib/i18n/client';
import type { DashboardCounts } from '@/db/queries/dashboard';

type Stat = { key: keyof DashboardCounts; href?: Route };

const STATS: Stat[] = [
  { key: 'devices', href: '/devices' },
  { key: 'enabled', href: '/devices?enabled=1' },
  { key: 'neverFetched', href: '/devices?fetched=0' },
  { key: 'pendingChanges', href: '/devices?pending=1' },
  { key: 'unknownDevices' },
  { key: 'files' },
];

export function StatCards({ counts }: { counts: DashboardCounts }) {
  const t = useT('dashboard');
  const lng = useLanguage();
  return (
    <ul className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
      {STATS.map(({ key, href }) => {
        const body = (
          <>
            <span className="text-sm text-slate-500">{t(`counts.${key}`)}</span>
            <span className="mt-1 block text-2xl font-semibold tabular-nums text-slate-900">{formatNumber(counts[key], lng)}</span>
          </>
        );
        return (
          <li key={key} className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            {href ? (
              <Link href={href} className="block rounded-lg px-4 py-3 hover:bg-slate-50">
                {body}
              </Link>
            ) : (
              <div className="px-4 py-3">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
