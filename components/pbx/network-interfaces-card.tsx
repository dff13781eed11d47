'use client';

import type { NetworkInterfaceRow } from '@/db/queries/pbx';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanWrite } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { type Column, DataTable } from '@/components/ui/data-table';
import { RowActions } from '@/components/ui/row-actions';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { networkInterfaceKeys } from '@/lib/query-keys';
import { DeleteInterfaceDialogs } from './delete-interface-dialogs';
import { InterfaceDialog } from './interface-dialog';

/** The PBX's network interfaces/VLANs, whose addresses dynamic placeholders use. */
export function NetworkInterfacesCard({ initial }: { initial: NetworkInterfaceRow[] }) {
  const t = useT('pbx');
  const [editing, setEditing] = useState<NetworkInterfaceRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<NetworkInterfaceRow | null>(null);
  const canWrite = useCanWrite();
  const { data: interfaces } = useQuery({
    queryKey: networkInterfaceKeys.all,
    queryFn: ({ signal }) => fetchJson<NetworkInterfaceRow[]>('/api/console/network-interfaces', signal),
    initialData: initial,
  });
  const columns: Column<NetworkInterfaceRow>[] = [
    { header: t('interfaces.name'), className: 'font-medium text-slate-900', cell: (iface) => iface.name },
    {
      header: t('interfaces.vlanId'),
      className: 'tabular-nums',
      cell: (iface) => iface.vlanId ?? <span className="text-slate-400">{t('interfaces.untagged')}</span>,
    },
    { header: t('interfaces.ipv4Address'), className: 'font-mono text-xs', cell: (iface) => iface.ipv4Address },
  ];
  return (
    <Card labelledBy="network-interfaces">
      <CardHeader
        id="network-interfaces"
        title={t('interfaces.title')}
        description={t('interfaces.description')}
        actions={
          canWrite && (
            <Button size="sm" onClick={() => setEditing('new')}>
              {t('interfaces.add')}
            </Button>
          )
        }
      />
      {interfaces.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">{t('interfaces.empty')}</p>
      ) : (
        <DataTable
          caption={t('interfaces.caption')}
          isFramed={false}
          columns={columns}
          rows={interfaces}
          actions={(iface) => (
            <RowActions
              editLabel={t('interfaces.edit', { name: iface.name })}
              deleteLabel={t('interfaces.deleteButton', { name: iface.name })}
              onEdit={() => setEditing(iface)}
              onDelete={() => setDeleting(iface)}
            />
          )}
        />
      )}
      {editing && <InterfaceDialog networkInterface={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteInterfaceDialogs networkInterface={deleting} onClose={() => setDeleting(null)} />}
    </Card>
  );
}
