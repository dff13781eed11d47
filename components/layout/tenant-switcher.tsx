'use client';

import { useId } from 'react';
import { cn } from '@/components/ui/cn';
import { useT } from '@/lib/i18n/client';
import { useSelectTenant } from './use-tenant-change';
import type { TenantOption } from '@/db/queries/tenants';

/** The header's tenant picker (only with more than one tenant): a native select, switching on change. */
export function TenantSwitcher({ tenants, currentUuid }: { tenants: TenantOption[]; currentUuid: string }) {
  const t = useT('tenants');
  const id = useId();
  const { select, isPending } = useSelectTenant();
  return (
    <div className="flex min-w-0 items-center gap-2 text-sm">
      <label htmlFor={id} className="sr-only text-slate-500 sm:not-sr-only">
        {t('common:shell.tenant')}
      </label>
      <select
        id={id}
        value={currentUuid}
        disabled={isPending}
        aria-busy={isPending || undefined}
        onChange={(e) => select(e.target.value)}
        className={cn(
          'select-chevron h-8 min-w-0 max-w-[14rem] truncate rounded-md border-0 bg-white py-1 pl-2.5 pr-8 text-sm font-medium text-slate-900 ring-1 ring-inset ring-slate-300',
          'focus:outline-none focus:ring-2 focus:ring-brand-600 disabled:opacity-60',
        )}
      >
        {tenants.map((tenant) => (
          <option key={tenant.uuid} value={tenant.uuid}>
            {tenant.isDefault ? t('switcher.defaultName', { name: tenant.name }) : tenant.name}
          </option>
        ))}
      </select>
    </div>
  );
}
