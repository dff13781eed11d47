'use client';

import { useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import { usePathname, useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { selectTenantAction } from '@/lib/actions/tenants';
import { useT } from '@/lib/i18n/client';

/**
 * Where the console goes after the tenant changed: the same settings page, or the list of the
 * current section (a device or template of the old tenant does not exist in the new one).
 */
export function pathAfterTenantChange(pathname: string): string {
  if (pathname.startsWith('/settings/')) return pathname;
  const section = pathname.split('/')[1] ?? '';
  return `/${section}`;
}

/**
 * Called once the console works on another tenant (switched, or the current one deleted): the
 * cached lists belong to the old tenant, so they are dropped before the page is rendered again.
 */
export function useTenantChanged() {
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  return () => {
    queryClient.clear();
    const target = pathAfterTenantChange(pathname);
    if (target !== pathname || window.location.search) router.replace(target as Route);
    router.refresh();
  };
}

/** Switches the console to a tenant by UUID: cookie (server action), then a fresh render. */
export function useSelectTenant() {
  const t = useT('tenants');
  const onChanged = useTenantChanged();
  const [isPending, startTransition] = useTransition();
  const select = (uuid: string) =>
    startTransition(async () => {
      const result = await selectTenantAction(uuid);
      if (!result.ok) {
        if (result.status === 401) window.location.assign('/login');
        else toast.error(result.message);
        return;
      }
      onChanged();
      toast.success(t('switcher.switched', { name: result.data.name }));
    });
  return { select, isPending };
}
