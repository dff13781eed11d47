import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getT } from '@/lib/i18n/server';
import type { SyncState } from '@/db/queries/devices';
import { SyncBadge } from './sync-badge';

type DeviceFileCardProps = { file: { id: number; fileName: string } | null; baseUrl: string; sync: SyncState | null; explainHref: Route };

/** The file the device's phone downloads, with the link to the file manager. */
export async function DeviceFileCard({ file, baseUrl, sync, explainHref }: DeviceFileCardProps) {
  const { t } = await getT();
  return (
    <Card labelledBy="device-file">
      <CardHeader id="device-file" title={t('devices:file.title')} />
      <CardBody className="flex flex-col gap-3 text-sm sm:flex-row sm:flex-wrap sm:items-end sm:gap-x-8 2xl:flex-col 2xl:items-start">
        {file ? (
          <>
            <div>
              <p className="text-slate-500">{t('devices:file.name')}</p>
              <p className="break-all font-mono text-slate-900" data-testid="device-file-name">
                {file.fileName}
              </p>
              <SyncBadge sync={sync} />
            </div>
            <div>
              <p className="text-slate-500">{t('devices:file.url')}</p>
              <p className="break-all font-mono text-xs text-slate-700">{`${baseUrl}${file.fileName}`}</p>
            </div>
            <Link href={`/files/${file.id}` as Route} className="font-medium text-brand-700 hover:text-brand-900 hover:underline">
              {t('devices:file.view')}
            </Link>
            <Link href={explainHref} className="font-medium text-brand-700 hover:text-brand-900 hover:underline">
              {t('devices:explain.link')}
            </Link>
          </>
        ) : (
          <p className="text-slate-600">{t('devices:file.none')}</p>
        )}
      </CardBody>
    </Card>
  );
}
