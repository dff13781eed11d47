import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { DeviceImportDialog } from '@/components/devices/device-import-dialog';
import { DevicesTable } from '@/components/devices/devices-table';
import { ExportCsvDialog } from '@/components/lists/export-csv-dialog';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { mayDo } from '@/lib/auth/roles';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { deviceListParamsSchema, paramsRecord } from '@/lib/validation/list-params';
import { listDevicePage } from '@/db/queries/devices';
import { deviceFormChoices } from '@/db/queries/device-models';

export const dynamic = 'force-dynamic';

export default async function DevicesPage(props: PageProps<'/devices'>) {
  const session = await requireSession();
  const { t } = await getT();
  const db = getDb();
  const params = deviceListParamsSchema.parse(paramsRecord(await props.searchParams));
  const { brands, models, templates } = deviceFormChoices(db, session.tenant.id);
  return (
    <>
      <PageHeader
        title={t('devices:title')}
        description={t('devices:description')}
        actions={
          <>
            <ExportCsvDialog kind="devices" />
            {mayDo(session.role, 'write') && (
              <>
                <DeviceImportDialog />
                <Link href="/devices/new" className={buttonClasses({ variant: 'primary' })}>
                  {t('devices:new')}
                </Link>
              </>
            )}
          </>
        }
      />
      <DevicesTable initialParams={params} initialPage={listDevicePage(db, session.tenant.id, params)} brands={brands} models={models} templates={templates} />
    </>
  );
}
