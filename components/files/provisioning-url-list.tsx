'use client';

import { Badge } from '@/components/ui/badge';
import { useT } from '@/lib/i18n/client';
import { CopyableValue } from './copy-button';
import type { ChannelState, FileUrl } from '@/lib/provisioning/channels';

const OFF_REASON_KEYS = { config: 'channel.off.config', 'multi-tenant': 'channel.off.multiTenant', failed: 'channel.off.failed' } as const;

/** "Served on port 8080", or why the channel is off right now. */
export function ChannelStatus({ status }: { status: ChannelState }) {
  const t = useT('files');
  if (status.state === 'on') return <Badge tone="success">{t('channel.on', { port: status.port })}</Badge>;
  return (
    <Badge tone="warning" className="whitespace-normal">
      {t(OFF_REASON_KEYS[status.reason], { port: status.port ?? '', error: status.error ?? '' })}
    </Badge>
  );
}

/** The HTTP, HTTPS and TFTP URLs of a file (or of the provisioning directory), each with a copy button. */
export function ProvisioningUrlList({ urls }: { urls: FileUrl[] }) {
  const t = useT('files');
  return (
    <dl className="flex flex-col gap-4">
      {urls.map((u) => (
        <div key={u.channel} className="flex flex-col gap-1.5">
          <dt className="flex flex-wrap items-center justify-between gap-2 text-sm font-medium text-slate-700">
            {t(`channel.names.${u.channel}`)}
            <ChannelStatus status={u.status} />
          </dt>
          <dd>
            <CopyableValue value={u.url} label={t('copy.url', { channel: t(`channel.names.${u.channel}`) })} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
