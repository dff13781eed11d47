import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { CloneDeviceButton } from '@/components/devices/clone-device-button';
import { DeleteDeviceButton } from '@/components/devices/delete-device-button';
import { editDeviceValues } from '@/components/devices/device-defaults';
import { DeviceFetchHistory } from '@/components/devices/device-fetch-history';
import { DeviceFileCard } from '@/components/devices/device-file-card';
import { DeviceRedirectionCard } from '@/components/devices/device-redirection-card';
import { DeviceForm } from '@/components/devices/device-form';
import { FirstFetchCard } from '@/components/devices/first-fetch-card';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { formatMac } from '@/lib/mac';
import { provisioningUrls } from '@/lib/provisioning/context';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { accountsByIds } from '@/db/queries/accounts';
import { deviceFormChoices } from '@/db/queries/device-models';
import { deviceFile, deviceSync, devicesWithBrand, getDevice } from '@/db/queries/devices';
import { deviceRedirectionStatus } from '@/db/queries/redirection-jobs';
import { getPbxSettings } from '@/db/queries/pbx';
import { firstFetchState } from '@/db/queries/phone-access';
import { found } from '@/lib/errors';

export const dynamic = 'force-dynamic';

export default async function DevicePage(props: PageProps<'/devices/[deviceId]'>) {
  const session = await requireSession();
  const { t } = await getT();
  const db = getDb();
  const tenantId = session.tenant.id;
  const { deviceId } = await props.params;
  const id = Number(deviceId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const device = getDevice(db, tenantId, id);
  if (!device) notFound();
  const { created } = await props.searchParams;
  const mac = formatMac(device.mac, 'colon-upper');
  const file = deviceFile(db, id);
  const redirection = deviceRedirectionStatus(db, tenantId, devicesWithBrand(db, tenantId, id)[0]);
  const pbx = found(getPbxSettings(db, tenantId), 'pbx settings');
  const firstFetch = firstFetchState(db, tenantId, device);
  return (
    <>
      <PageHeader
        title={t('devices:editTitle', { mac })}
        description={device.label || undefined}
        back={
          <Link href="/devices" className="text-brand-700 hover:underline">
            ← {t('devices:backToList')}
          </Link>
        }
        actions={
          <>
            <CloneDeviceButton deviceId={id} mac={mac} label={device.label} />
            <DeleteDeviceButton deviceId={id} mac={mac} />
          </>
        }
      />
      {created && file && (
        <Alert tone="success" className="mb-6">
          {t('devices:file.created', { fileName: file.fileName })}
        </Alert>
      )}
      {/* The file card comes first on narrower screens and moves beside the form on very wide ones. */}
      <div className="grid items-start gap-6 2xl:grid-cols-[minmax(0,1fr)_22rem]">
        <aside className="flex flex-col gap-6 2xl:sticky 2xl:top-20 2xl:order-last">
          <DeviceFileCard
            file={file}
            baseUrl={provisioningUrls(serverFacts(), session.tenant).https}
            sync={deviceSync(db, id)}
            explainHref={`/devices/${id}/explain` as Route}
          />
          {redirection && <DeviceRedirectionCard status={redirection} />}
          {firstFetch && <FirstFetchCard deviceId={id} state={firstFetch} />}
        </aside>
        <DeviceForm
          catalogue={deviceFormChoices(db, tenantId)}
          defaultValues={editDeviceValues(device)}
          lineAccounts={accountsByIds(db, tenantId, device.lines)}
          pbxDefaults={{ language: pbx.language, timeZone: pbx.timeZone }}
          device={{ id, hasAdminPassword: device.adminPassword !== '' }}
        />
      </div>
      <div className="mt-6">
        <DeviceFetchHistory deviceId={id} />
      </div>
    </>
  );
}
