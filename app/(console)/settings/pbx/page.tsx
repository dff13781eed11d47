import { getDb } from '@/db/client';
import { NetworkInterfacesCard } from '@/components/pbx/network-interfaces-card';
import { PbxSettingsForm } from '@/components/pbx/pbx-settings-form';
import { TenantBackupCard } from '@/components/pbx/tenant-backup-card';
import { PageHeader } from '@/components/ui/page-header';
import { mayDo } from '@/lib/auth/roles';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { getPbxSettings, networkInterfaceRows } from '@/db/queries/pbx';
import { found } from '@/lib/errors';

export const dynamic = 'force-dynamic';

export default async function PbxSettingsPage() {
  const session = await requireSession();
  const { t } = await getT();
  const db = getDb();
  // The default admin password is write-only: the form learns only whether one is set.
  const { tenantId: _tenantId, defaultAdminPassword, ...settings } = found(getPbxSettings(db, session.tenant.id), 'pbx settings');
  return (
    <>
      <PageHeader title={t('pbx:title')} description={t('pbx:description')} />
      <div className="flex flex-col gap-6">
        <PbxSettingsForm settings={{ ...settings, defaultAdminPassword: '' }} hasDefaultAdminPassword={defaultAdminPassword !== ''} />
        <NetworkInterfacesCard initial={networkInterfaceRows(db, session.tenant.id)} />
        {mayDo(session.role, 'write') && <TenantBackupCard />}
      </div>
    </>
  );
}
