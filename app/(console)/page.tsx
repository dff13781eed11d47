import { getDb } from '@/db/client';
import { Dashboard } from '@/components/dashboard/dashboard';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { provisioningUrls } from '@/lib/provisioning/context';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { dashboardData } from '@/db/queries/dashboard';

export const dynamic = 'force-dynamic';

export default async function DashboardPage() {
  const session = await requireSession();
  const { t } = await getT();
  const urls = provisioningUrls(serverFacts(), session.tenant);
  return (
    <>
      <PageHeader title={t('dashboard:title')} description={t('home.files', { url: urls.https })} />
      <Dashboard initial={dashboardData(getDb(), session.tenant)} />
    </>
  );
}
