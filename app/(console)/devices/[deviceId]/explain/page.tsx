import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { ExplainedFileTable } from '@/components/devices/explained-file-table';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { explainDeviceFile } from '@/lib/provisioning/explain';
import { serverFacts } from '@/lib/provisioning/server-facts';

export const dynamic = 'force-dynamic';

/** "Explain this file": each line of the device's file with the placeholders behind it and their sources. */
export default async function ExplainDeviceFilePage(props: PageProps<'/devices/[deviceId]/explain'>) {
  const session = await requireSession();
  const { t } = await getT();
  const { deviceId } = await props.params;
  const id = Number(deviceId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const explained = explainDeviceFile(getDb(), session.tenant.id, id, serverFacts());
  if (!explained) notFound();
  return (
    <>
      <PageHeader
        title={t('devices:explain.title', { fileName: explained.fileName })}
        description={t('devices:explain.description', { template: explained.templateName })}
        back={
          <Link href={`/devices/${id}` as Route} className="text-brand-700 hover:underline">
            ← {t('devices:explain.back')}
          </Link>
        }
      />
      <ExplainedFileTable lines={explained.lines} />
    </>
  );
}
