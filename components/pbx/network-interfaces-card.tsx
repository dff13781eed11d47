'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { RowActions } from '@/components/ui/row-actions';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { networkInterfaceKeys } from '@/lib/query-keys';
import { DeleteInterfaceDialogs } from './delete-interface-dialogs';
import { InterfaceDialog } from './interface-dialog';

export type NetworkInterface = { id: number; name: string; vlanId: number | null; ipv4Address: string };

/** The PBX's network interfaces/VLANs, whose addresses dynamic placeholders use. */
export function NetworkInterfacesCard({ initial }: { initial: NetworkInterface[] }) {
  const t = useT('pbx');
  const [editing, setEditing] = useState<NetworkInterface | 'new' | null>(null);
  const [deleting, setDeleting] = useState<NetworkInterface | null>(null);
  const { data: interfaces } = useQuery({
    queryKey: networkInterfaceKeys.all,
    queryFn: ({ signal }) => fetchJson<NetworkInterface[]>('/api/console/network-interfaces', signal),
    initialData: initial,
  });
  return (
    <Card labelledBy="network-interfaces">
      <CardHeader
        id="network-interfaces"
        title={t('interfaces.title')}
        description={t('interfaces.description')}
        actions={
          <Button size="sm" onClick={() => setEditing('new')}>
            {t('interfaces.add')}
          </Button>
        }
      />
      {interfaces.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">{t('interfaces.empty')}</p>
      ) : (
        <Table isFramed={false} caption={t('interfaces.caption')}>
          <THead>
            <tr>
              <TH>{t('interfaces.name')}</TH>
              <TH>{t('interfaces.vlanId')}</TH>
              <TH>{t('interfaces.ipv4Address')}</TH>
              <TH className="text-right">
                <span className="sr-only">{t('common:ui.actions')}</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {interfaces.map((iface) => (
              <TR key={iface.id}>
                <TD className="font-medium text-slate-900">{iface.name}</TD>
                <TD className="tabular-nums">{iface.vlanId ?? <span className="text-slate-400">{t('interfaces.untagged')}</span>}</TD>
                <TD className="font-mono text-xs">{iface.ipv4Address}</TD>
                <TD className="whitespace-nowrap text-right">
                  <RowActions
                    editLabel={t('interfaces.edit', { name: iface.name })}
                    deleteLabel={t('interfaces.deleteButton', { name: iface.name })}
                    onEdit={() => setEditing(iface)}
                    onDelete={() => setDeleting(iface)}
                  />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      {editing && <InterfaceDialog networkInterface={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteInterfaceDialogs networkInterface={deleting} onClose={() => setDeleting(null)} />}
    </Card>
  );
}
