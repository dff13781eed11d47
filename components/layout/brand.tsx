'use client';

import { Link } from '@/components/ui/link';
import { useT } from '@/lib/i18n/client';

export function Brand() {
  const t = useT();
  return (
    <Link href="/" className="flex items-center gap-2 rounded-md text-white">
      <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-500 text-sm font-bold">
        P
      </span>
      <span className="text-base font-semibold tracking-tight">{t('app.name')}</span>
    </Link>
  );
}
