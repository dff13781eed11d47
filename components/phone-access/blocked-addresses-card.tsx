'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { DateTime } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { unblockAddressAction } from '@/lib/actions/phone-access';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, phoneAccessKeys } from '@/lib/query-keys';

export type BlockedAddressRow = { id: number; address: string; misses: number; blockedAt: number; until: number };

/** Addresses refused for guessing MAC file names, with an unblock button; on the Phone access page and the dashboard. */
export function BlockedAddressesCard({ initial }: { initial: BlockedAddressRow[] }) {
  const t = useT('pbx');
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<number | null>(null);
  const { data } = useQuery({
    queryKey: phoneAccessKeys.all,
    queryFn: ({ signal }) => fetchJson<{ blocked: BlockedAddressRow[] }>('/api/console/phone-access', signal),
    initialData: { blocked: initial },
    refetchInterval: 10_000,
  });
  const unblock = async (row: BlockedAddressRow) => {
    setPending(row.id);
    const result = await unblockAddressAction(row.id);
    setPending(null);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    await Promise.all([phoneAccessKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    toast.success(t('phoneAccess.blocked.unblocked', { address: row.address }));
  };
  return (
    <Card labelledBy="blocked-addresses">
      <CardHeader id="blocked-addresses" title={t('phoneAccess.blocked.title')} description={t('phoneAccess.blocked.description')} />
      {data.blocked.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">{t('phoneAccess.blocked.empty')}</p>
      ) : (
        <Table isFramed={false}>
          <THead>
            <tr>
              <TH>{t('phoneAccess.blocked.address')}</TH>
              <TH>{t('phoneAccess.blocked.misses')}</TH>
              <TH>{t('phoneAccess.blocked.since')}</TH>
              <TH>{t('phoneAccess.blocked.until')}</TH>
              <TH>
                <span className="sr-only">{t('phoneAccess.blocked.unblock')}</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {data.blocked.map((row) => (
              <TR key={row.id}>
                <TD className="font-mono text-xs">{row.address}</TD>
                <TD>{row.misses}</TD>
                <TD>
                  <DateTime ms={row.blockedAt} />
                </TD>
                <TD>
                  <DateTime ms={row.until} />
                </TD>
                <TD className="text-right">
                  <Button size="sm" isPending={pending === row.id} onClick={() => unblock(row)}>
                    {t('phoneAccess.blocked.unblock')}
                  </Button>
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
